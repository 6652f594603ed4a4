#include "WalkFindingTableModel.h"

namespace sakra::gui {

WalkFindingTableModel::WalkFindingTableModel(QObject* parent) : EntityListModel(parent) {}

int WalkFindingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WalkFindingTableModel::data(const QModelIndex& index, int role) const
{
    const WalkFindingRow* row = rowAt(index.row());
    if (!row || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (Column(index.column())) {
    case DescriptionColumn: return row->finding.description;
    case RiskColumn: return row->finding.riskId ? row->riskTitle : tr("ej riskbedömd");
    case ColumnCount: break;
    }
    return {};
}

QVariant WalkFindingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DescriptionColumn: return tr("Iakttagelse");
    case RiskColumn: return tr("Risk");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sakra::gui
