#include "RiskCategoryTableModel.h"

#include <QLocale>

namespace sakra::gui {

RiskCategoryTableModel::RiskCategoryTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RiskCategoryTableModel::setRows(std::vector<RiskCategoryRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const RiskCategoryRow* RiskCategoryTableModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int RiskCategoryTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < int(m_rows.size()); ++row)
        if (m_rows[std::size_t(row)].category.id == id)
            return row;
    return -1;
}

int RiskCategoryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RiskCategoryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskCategoryTableModel::data(const QModelIndex& index, int role) const
{
    const RiskCategoryRow* row = rowAt(index.row());
    if (!row)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn: return row->category.name;
    case OrderColumn: return row->category.sortOrder;
    case RisksColumn: return QLocale().toString(row->risks);
    case ColumnCount: break;
    }
    return {};
}

QVariant RiskCategoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn: return tr("Kategori");
    case OrderColumn: return tr("Ordning");
    case RisksColumn: return tr("Risker");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sakra::gui
