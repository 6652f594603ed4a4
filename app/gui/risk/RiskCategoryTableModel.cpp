#include "RiskCategoryTableModel.h"

#include <QLocale>

namespace sakra::gui {

RiskCategoryTableModel::RiskCategoryTableModel(QObject* parent) : EntityListModel(parent) {}

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
