#pragma once

#include "risk/RiskQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;

namespace sakra {
class Register;
class RiskMatrix;
} // namespace sakra

namespace sakra::gui {

class PersonPicker;
class RegisterSession;

// The filters of the risk list besides the scope and the heat-map cell: free text, category,
// level, status, owner and overdue reviews.
class RiskFilterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RiskFilterPanel(RegisterSession& session, QWidget* parent = nullptr);

    // Fills the category and level choices again, keeping what is chosen where it still exists.
    void loadChoices(Register& reg, const RiskMatrix& matrix);
    // Writes the chosen filters into query (the other fields are left as they are).
    void applyTo(RiskQuery& query) const;
    bool isFiltering() const;
    QLineEdit* searchField() const { return m_search; }

public Q_SLOTS:
    void clearFilters();

Q_SIGNALS:
    void changed();

private:
    void onOwnerEdited();

    QLineEdit* m_search;
    QComboBox* m_category;
    QComboBox* m_level;
    QComboBox* m_status;
    PersonPicker* m_owner;
    QCheckBox* m_overdue;
    QTimer* m_searchDelay;
    qint64 m_ownerId = 0;
};

} // namespace sakra::gui
