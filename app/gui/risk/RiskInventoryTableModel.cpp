#include "RiskInventoryTableModel.h"

#include "widgets/Formatting.h"

namespace sakra::gui {

RiskInventoryTableModel::RiskInventoryTableModel(QObject* parent) : EntityListModel(parent) {}

int RiskInventoryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskInventoryTableModel::data(const QModelIndex& index, int role) const
{
    const RiskInventoryRow* row = rowAt(index.row());
    if (!row || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (Column(index.column())) {
    case DateColumn: return Formatting::date(row->inventory.heldOn);
    case UnitColumn: return row->unitName;
    case ParticipantsColumn: return row->inventory.participants;
    case MethodColumn: return row->inventory.method;
    case ColumnCount: break;
    }
    return {};
}

QVariant RiskInventoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DateColumn: return tr("Datum");
    case UnitColumn: return tr("Enhet");
    case ParticipantsColumn: return tr("Deltagare");
    case MethodColumn: return tr("Metod");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sakra::gui
