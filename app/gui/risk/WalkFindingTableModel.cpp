#include "WalkFindingTableModel.h"

namespace sakra::gui {

WalkFindingTableModel::WalkFindingTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void WalkFindingTableModel::setRows(std::vector<WalkFindingRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const WalkFindingRow* WalkFindingTableModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int WalkFindingTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < int(m_rows.size()); ++row)
        if (m_rows[std::size_t(row)].finding.id == id)
            return row;
    return -1;
}

int WalkFindingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

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
