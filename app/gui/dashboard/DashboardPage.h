#pragma once

#include "widgets/SessionTab.h"

class QLabel;

namespace sakra::gui {

class DashboardTile;
class IncidentBarChart;

// The start page ("Översikt"): for the scope, the open high risks, the overdue actions, drills,
// routine reviews and alarm tests, and the incidents this year against last year. Each figure
// opens its area, filtered to what it counts where the area can be.
class DashboardPage : public SessionTab
{
    Q_OBJECT

public:
    explicit DashboardPage(RegisterSession& session, QWidget* parent = nullptr);

    DashboardTile* risksTile() const { return m_risks; }
    DashboardTile* actionsTile() const { return m_actions; }
    DashboardTile* trainingTile() const { return m_training; }
    DashboardTile* routinesTile() const { return m_routines; }
    DashboardTile* alarmsTile() const { return m_alarms; }
    DashboardTile* incidentsTile() const { return m_incidents; }

Q_SIGNALS:
    // The area (AreaCatalogue key) a figure leads to was brought forward.
    void areaOpened(const QString& key);

protected:
    void reload() override;

private:
    void open(const QString& key);
    void openOverdue(const QString& key);

    QLabel* m_heading;
    DashboardTile* m_risks;
    DashboardTile* m_actions;
    DashboardTile* m_training;
    DashboardTile* m_routines;
    DashboardTile* m_alarms;
    DashboardTile* m_incidents;
    IncidentBarChart* m_years;
};

} // namespace sakra::gui
