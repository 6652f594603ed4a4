#include "IncidentListTab.h"

#include "IncidentEditor.h"
#include "IncidentFilterPanel.h"
#include "IncidentTableModel.h"
#include "Register.h"
#include "widgets/Formatting.h"

#include <QLineEdit>
#include <QLocale>
#include <QTableView>

namespace sakra::gui {

IncidentListTab::IncidentListTab(RegisterSession& session, QWidget* parent)
    : RecordList(session, QStringLiteral("incident"),
                 {tr("&Ny händelse"), tr("Ta &bort händelse"), tr("Händelser")}, new IncidentFilterPanel,
                 {tr("1 händelse"), tr("%1 händelser"), tr(", varav %1 öppna"), &IncidentQuery::openOnly},
                 parent)
{
    watch<Incident, OrgUnit, Site, UnitSite>();
    table()->sortByColumn(IncidentTableModel::OccurredColumn, Qt::DescendingOrder);
}

void IncidentListTab::narrow(IncidentQuery& query) const
{
    filters()->applyTo(query, QDate::currentDate());
}

} // namespace sakra::gui
