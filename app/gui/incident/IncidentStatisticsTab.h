#pragma once

#include "widgets/SessionTab.h"

class QComboBox;
class QLabel;

namespace sakra::gui {

class IncidentBarChart;
class IncidentTrendChart;

// Incident statistics for the chosen scope and year: per kind and per unit against the same
// period a year earlier, and per quarter over two years with the year before as a dashed line.
// Read from the tallies core keeps, so a city's ten years of incidents come up at once.
class IncidentStatisticsTab : public SessionTab
{
    Q_OBJECT

public:
    explicit IncidentStatisticsTab(RegisterSession& session, QWidget* parent = nullptr);

    QComboBox* yearCombo() const { return m_year; }
    IncidentBarChart* kindChart() const { return m_perKind; }
    IncidentBarChart* unitChart() const { return m_perUnit; }
    IncidentTrendChart* trendChart() const { return m_trend; }
    QLabel* summaryLabel() const { return m_summary; }

protected:
    void reload() override;

private:
    void fillYears();

    QComboBox* m_year;
    QLabel* m_summary;
    IncidentBarChart* m_perKind;
    IncidentBarChart* m_perUnit;
    IncidentTrendChart* m_trend;
};

} // namespace sakra::gui
