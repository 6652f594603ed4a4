#pragma once

#include "action/ActionQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace sakra {
class Register;
}

namespace sakra::gui {

class PersonPicker;
class RegisterSession;

// The filters of the action list besides the scope: free text, status, kind, responsible,
// overdue, due within 30 days, needing a board decision and, when asked for from a risk, the
// actions treating that risk.
class ActionFilterPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSoonDays = 30;

    explicit ActionFilterPanel(RegisterSession& session, QWidget* parent = nullptr);

    // Fills the kind choices again, keeping what is chosen where it still exists.
    void loadChoices(Register& reg);
    // Writes the chosen filters into query (the other fields are left as they are).
    void applyTo(ActionQuery& query) const;
    bool isFiltering() const;
    QLineEdit* searchField() const { return m_search; }

    // Only the actions treating this risk (0: let go of the risk filter). Says changed().
    void setRisk(qint64 riskId, const QString& riskTitle);
    qint64 riskId() const { return m_riskId; }
    void setOverdueOnly(bool on);
    void setDueSoonOnly(bool on);

public Q_SLOTS:
    void clearFilters();

Q_SIGNALS:
    void changed();

private:
    void onResponsibleEdited();

    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_kind;
    PersonPicker* m_responsible;
    QCheckBox* m_overdue;
    QCheckBox* m_dueSoon;
    QCheckBox* m_needsDecision;
    QLabel* m_riskLabel;
    QPushButton* m_riskClear;
    QTimer* m_searchDelay;
    qint64 m_responsibleId = 0;
    qint64 m_riskId = 0;
};

} // namespace sakra::gui
