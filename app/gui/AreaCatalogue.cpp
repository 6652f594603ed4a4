#include "AreaCatalogue.h"

#include "action/ActionArea.h"
#include "alarm/AlarmListTab.h"
#include "assessment/AssessmentArea.h"
#include "dashboard/DashboardPage.h"
#include "incident/IncidentArea.h"
#include "organisation/OrganisationArea.h"
#include "report/ReportArea.h"
#include "risk/RiskArea.h"
#include "routine/RoutineListTab.h"
#include "training/TrainingListTab.h"

namespace sakra::gui {

std::vector<Area> AreaCatalogue::areas()
{
    return {
        {QStringLiteral("organisation"), tr("Organisation"),
         [](RegisterSession& session) -> QWidget* { return new OrganisationArea(session); }},
        // What needs doing across the areas, each figure leading to its area.
        {QStringLiteral("overview"), tr("Översikt"),
         [](RegisterSession& session) -> QWidget* { return new DashboardPage(session); }},
        {QStringLiteral("risk"), tr("Risker"),
         [](RegisterSession& session) -> QWidget* { return new RiskArea(session); }},
        {QStringLiteral("action"), tr("Åtgärder"),
         [](RegisterSession& session) -> QWidget* { return new ActionArea(session); }},
        {QStringLiteral("incident"), tr("Händelser"),
         [](RegisterSession& session) -> QWidget* { return new IncidentArea(session); }},
        {QStringLiteral("training"), tr("Utbildning och övningar"),
         [](RegisterSession& session) -> QWidget* { return new TrainingListTab(session); }},
        {QStringLiteral("routine"), tr("Rutiner"),
         [](RegisterSession& session) -> QWidget* { return new RoutineListTab(session); }},
        {QStringLiteral("alarm"), tr("Larm"),
         [](RegisterSession& session) -> QWidget* { return new AlarmListTab(session); }},
        {QStringLiteral("assessment"), tr("Egenkontroll"),
         [](RegisterSession& session) -> QWidget* { return new AssessmentArea(session); }},
        {QStringLiteral("report"), tr("Rapporter"),
         [](RegisterSession& session) -> QWidget* { return new ReportArea(session); }},
    };
}

} // namespace sakra::gui
