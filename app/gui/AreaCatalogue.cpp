#include "AreaCatalogue.h"

#include "action/ActionArea.h"
#include "organisation/OrganisationArea.h"
#include "report/ReportArea.h"
#include "risk/RiskArea.h"

namespace sakra::gui {

std::vector<Area> AreaCatalogue::areas()
{
    return {
        {QStringLiteral("organisation"), tr("Organisation"),
         [](RegisterSession& session) -> QWidget* { return new OrganisationArea(session); }},
        {QStringLiteral("risk"), tr("Risker"),
         [](RegisterSession& session) -> QWidget* { return new RiskArea(session); }},
        {QStringLiteral("action"), tr("Åtgärder"),
         [](RegisterSession& session) -> QWidget* { return new ActionArea(session); }},
        {QStringLiteral("incident"), tr("Händelser"), nullptr},
        {QStringLiteral("training"), tr("Utbildning och övningar"), nullptr},
        {QStringLiteral("routine"), tr("Rutiner"), nullptr},
        {QStringLiteral("alarm"), tr("Larm"), nullptr},
        {QStringLiteral("assessment"), tr("Egenkontroll"), nullptr},
        {QStringLiteral("report"), tr("Rapporter"),
         [](RegisterSession& session) -> QWidget* { return new ReportArea(session); }},
    };
}

} // namespace sakra::gui
