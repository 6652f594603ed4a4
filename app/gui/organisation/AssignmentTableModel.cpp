#include "AssignmentTableModel.h"

#include "organisation/SecurityLevel.h"
#include "widgets/Formatting.h"

#include <QBrush>
#include <QPalette>

namespace sakra::gui {

AssignmentTableModel::AssignmentTableModel(QObject* parent) : EntityListModel(parent) {}

int AssignmentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssignmentTableModel::data(const QModelIndex& index, int role) const
{
    const AssignmentRow* row = rowAt(index.row());
    if (!row)
        return {};
    const Assignment& a = row->assignment;
    const bool active = a.isActiveOn(QDate::currentDate());
    if (role == Qt::ForegroundRole && !active)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole) {
        // The full text of narrow columns, and why a row is greyed.
        const QString text = data(index, Qt::DisplayRole).toString();
        return active ? text : tr("%1 (inte aktivt i dag)").arg(text);
    }
    if (role == Qt::TextAlignmentRole && index.column() == ShareColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case PersonColumn: return row->personName;
    case RoleColumn: return row->roleName;
    case LevelColumn: {
        const auto level = securityLevelFromCode(row->level);
        return level ? securityLevelLabel(*level) : row->level;
    }
    case UnitColumn: return row->unitName;
    case StartColumn: return Formatting::date(a.startDate);
    case EndColumn: return a.endDate.isValid() ? Formatting::date(a.endDate) : tr("tills vidare");
    case ShareColumn: return tr("%1 %").arg(a.ftePercent);
    case ColumnCount: break;
    }
    return {};
}

QVariant AssignmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case PersonColumn: return tr("Person");
    case RoleColumn: return tr("Roll");
    case LevelColumn: return tr("Nivå");
    case UnitColumn: return tr("Enhet");
    case StartColumn: return tr("Från");
    case EndColumn: return tr("Till");
    case ShareColumn: return tr("Andel");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sakra::gui
