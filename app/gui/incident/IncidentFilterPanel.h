#pragma once

#include "incident/IncidentQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;

namespace sakra::gui {

// The filters of the incident list besides the scope: free text, kind, period, open only, serious
// only, suspected organised crime and reports to the authority past their deadline.
class IncidentFilterPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Period
    {
        All,
        ThisYear,
        LastYear,
        Last12Months,
        Last30Days
    };

    explicit IncidentFilterPanel(QWidget* parent = nullptr);

    // Writes the chosen filters into query (the other fields are left as they are).
    void applyTo(IncidentQuery& query, const QDate& today) const;
    QLineEdit* searchField() const { return m_search; }
    QComboBox* kindCombo() const { return m_kind; }
    QComboBox* periodCombo() const { return m_period; }
    QCheckBox* openOnlyCheck() const { return m_openOnly; }
    // Only the serious incidents past their reporting deadline; the other filters are let go.
    void showLateReports();

public Q_SLOTS:
    void clearFilters();

Q_SIGNALS:
    void changed();

private:
    QLineEdit* m_search;
    QComboBox* m_kind;
    QComboBox* m_period;
    QCheckBox* m_openOnly;
    QCheckBox* m_seriousOnly;
    QCheckBox* m_organisedCrime;
    QCheckBox* m_lateReport;
    QTimer* m_searchDelay;
};

} // namespace sakra::gui
