#include "DepartmentStatusTableModel.h"

#include <QLocale>

namespace sakra::gui {

DepartmentStatusTableModel::DepartmentStatusTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void DepartmentStatusTableModel::setRows(std::vector<StatusCounts> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const StatusCounts* DepartmentStatusTableModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int DepartmentStatusTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DepartmentStatusTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DepartmentStatusTableModel::data(const QModelIndex& index, int role) const
{
    const StatusCounts* r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return column == DepartmentColumn ? QVariant()
                                          : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole)
        return {};
    if (column == DepartmentColumn)
        return r->unitName;
    const int count = column == TotalColumn ? r->total() : r->counts[std::size_t(column - FirstStatusColumn)];
    if (role == Qt::EditRole)
        return count;
    if (role == Qt::ToolTipRole && column != TotalColumn && r->total() > 0)
        return tr("%1: %2 av %3 åtgärder (%4 %)")
            .arg(Action::statusLabel(Action::Status(column - FirstStatusColumn)))
            .arg(count)
            .arg(r->total())
            .arg(qRound(100.0 * count / r->total()));
    return QLocale().toString(count);
}

QVariant DepartmentStatusTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == DepartmentColumn)
        return tr("Avdelning");
    if (section == TotalColumn)
        return tr("Totalt");
    if (section >= FirstStatusColumn && section < TotalColumn)
        return Action::statusLabel(Action::Status(section - FirstStatusColumn));
    return {};
}

} // namespace sakra::gui
