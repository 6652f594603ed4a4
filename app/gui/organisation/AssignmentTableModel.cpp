#include "AssignmentTableModel.h"

#include "organisation/SecurityLevel.h"
#include "widgets/Formatting.h"

#include <QBrush>
#include <QPalette>

namespace sakra::gui {

AssignmentTableModel::AssignmentTableModel(QObject* parent) : EntityListModel(parent)
{
    addColumn(PersonColumn, tr("Person"), [](const AssignmentRow& r) { return r.personName; });
    addColumn(RoleColumn, tr("Roll"), [](const AssignmentRow& r) { return r.roleName; }).wide(150);
    addColumn(LevelColumn, tr("Nivå"), [](const AssignmentRow& r) {
        const auto level = securityLevelFromCode(r.level);
        return level ? securityLevelLabel(*level) : r.level;
    });
    addColumn(UnitColumn, tr("Enhet"), [](const AssignmentRow& r) { return r.unitName; });
    addColumn(StartColumn, tr("Från"),
              [](const AssignmentRow& r) { return Formatting::date(r.assignment.startDate); });
    addColumn(EndColumn, tr("Till"), [](const AssignmentRow& r) {
        return r.assignment.endDate.isValid() ? Formatting::date(r.assignment.endDate) : tr("tills vidare");
    });
    addColumn(ShareColumn, tr("Andel"), [](const AssignmentRow& r) {
        return tr("%1 %").arg(r.assignment.ftePercent);
    }).alignedRight();
}

QVariant AssignmentTableModel::rowData(const AssignmentRow& row, int column, int role) const
{
    if (row.assignment.isActiveOn(QDate::currentDate()))
        return {};
    // Greyed, and the tool tip says why.
    if (role == Qt::ForegroundRole)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole)
        return tr("%1 (inte aktivt i dag)").arg(textOf(row, column));
    return {};
}

} // namespace sakra::gui
