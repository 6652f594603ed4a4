#pragma once

#include <QTabWidget>

namespace sakra::gui {

class IncidentListTab;
class IncidentStatisticsTab;
class RegisterSession;

// The incident area ("Händelser"): the incidents as a filtered list with the selected one's editor,
// and the statistics per kind, unit and quarter for the scope.
class IncidentArea : public QTabWidget
{
    Q_OBJECT

public:
    explicit IncidentArea(RegisterSession& session, QWidget* parent = nullptr);

    IncidentListTab* listTab() const { return m_list; }
    IncidentStatisticsTab* statisticsTab() const { return m_statistics; }

private:
    IncidentListTab* m_list;
    IncidentStatisticsTab* m_statistics;
};

} // namespace sakra::gui
