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

namespace {
template <typename W> QWidget* make(RegisterSession& session)
{
    return new W(session);
}
} // namespace

std::vector<Area> AreaCatalogue::areas()
{
    return {
        {QStringLiteral("organisation"), tr("Organisation"), make<OrganisationArea>},
        // What needs doing across the areas, each figure leading to its area.
        {QStringLiteral("overview"), tr("Översikt"), make<DashboardPage>},
        {QStringLiteral("risk"), tr("Risker"), make<RiskArea>},
        {QStringLiteral("action"), tr("Åtgärder"), make<ActionArea>},
        {QStringLiteral("incident"), tr("Händelser"), make<IncidentArea>},
        {QStringLiteral("training"), tr("Utbildning och övningar"), make<TrainingListTab>},
        {QStringLiteral("routine"), tr("Rutiner"), make<RoutineListTab>},
        {QStringLiteral("alarm"), tr("Larm"), make<AlarmListTab>},
        {QStringLiteral("assessment"), tr("Egenkontroll"), make<AssessmentArea>},
        {QStringLiteral("report"), tr("Rapporter"), make<ReportArea>},
    };
}

} // namespace sakra::gui
