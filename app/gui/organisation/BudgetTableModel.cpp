#include "BudgetTableModel.h"

#include "widgets/Formatting.h"

namespace sakra::gui {

BudgetTableModel::BudgetTableModel(QObject* parent) : EntityListModel(parent) {}

int BudgetTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BudgetTableModel::data(const QModelIndex& index, int role) const
{
    const BudgetRow* row = rowAt(index.row());
    if (!row)
        return {};
    if (role == Qt::TextAlignmentRole && (index.column() == AmountColumn || index.column() == YearColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case BoardColumn: return row->boardName;
    case YearColumn: return QString::number(row->line.year); // a year, not an amount: no group separator
    case AmountColumn: return Formatting::kronor(row->line.amountKr);
    case NoteColumn: return row->line.note;
    case ColumnCount: break;
    }
    return {};
}

QVariant BudgetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case BoardColumn: return tr("Nämnd");
    case YearColumn: return tr("År");
    case AmountColumn: return tr("Belopp");
    case NoteColumn: return tr("Anteckning");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sakra::gui
