#include "AlarmListTab.h"

#include "AlarmEditor.h"
#include "AlarmTableModel.h"
#include "Register.h"
#include "incident/RecordFilterPanel.h"

#include <QLineEdit>
#include <QLocale>
#include <QTableView>

namespace sakra::gui {

AlarmListTab::AlarmListTab(RegisterSession& session, QWidget* parent)
    : RecordList(session, QStringLiteral("alarm"),
                 {tr("&Ny larmutrustning"), tr("Ta &bort larmutrustning"), tr("Larmutrustning")},
                 new RecordFilterPanel(QStringLiteral("alarm"), tr("Sök i mottagare och anteckning (Ctrl+F)"),
                                       tr("T&yp:"), tr("Endast &försenade tester")),
                 {tr("1 larmutrustning"), tr("%1 larmutrustningar"), tr(", varav %1 med försenat test"),
                  &AlarmQuery::overdueOnly},
                 parent)
{
    watch<AlarmEquipment, OrgUnit, Site, UnitSite>();
    for (int k = 0; k < AlarmEquipment::kKindCount; ++k)
        filters()->addChoice(AlarmEquipment::kindLabel(AlarmEquipment::Kind(k)), k);
    table()->sortByColumn(AlarmTableModel::NextTestColumn, Qt::AscendingOrder);
}

} // namespace sakra::gui
