#include "RoutineListTab.h"

#include "Register.h"
#include "RoutineEditor.h"
#include "RoutineTableModel.h"
#include "incident/RecordFilterPanel.h"

#include <QLineEdit>
#include <QLocale>
#include <QTableView>

namespace sakra::gui {

RoutineListTab::RoutineListTab(RegisterSession& session, QWidget* parent)
    : RecordList(session, QStringLiteral("routine"), {tr("&Ny rutin"), tr("Ta &bort rutin"), tr("Rutiner")},
                 new RecordFilterPanel(QStringLiteral("routine"),
                                       tr("Sök i rubrik, anteckning och dokument (Ctrl+F)"), tr("T&yp:"),
                                       tr("Endast &försenad granskning")),
                 {tr("1 rutin"), tr("%1 rutiner"), tr(", varav %1 med försenad granskning"),
                  &RoutineQuery::overdueOnly},
                 parent)
{
    watch<Routine, RoutineUnit, OrgUnit, Person>();
    for (int k = 0; k < Routine::kKindCount; ++k)
        filters()->addChoice(Routine::kindLabel(Routine::Kind(k)), k);
    table()->sortByColumn(RoutineTableModel::TitleColumn, Qt::AscendingOrder);
}

} // namespace sakra::gui
