#include "BoardCostTableModel.h"

#include "widgets/Formatting.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace sakra::gui {

namespace {
const QColor kOverText(0x9b, 0x1c, 0x1c);
const QColor kOverBackground(0xfd, 0xe4, 0xe4);
} // namespace

BoardCostTableModel::BoardCostTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void BoardCostTableModel::setRows(std::vector<BoardYearCost> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const BoardYearCost* BoardCostTableModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int BoardCostTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BoardCostTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BoardCostTableModel::data(const QModelIndex& index, int role) const
{
    const BoardYearCost* r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    const bool over = r->overBudget();
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case BoardColumn: return r->boardName;
        case YearColumn: return QString::number(r->year);
        case BudgetColumn: return r->budgetKr ? Formatting::kronor(r->budgetKr) : tr("ingen budget");
        case EstimatedColumn: return Formatting::kronor(r->estimatedKr);
        case NewMoneyColumn: return Formatting::kronor(r->newMoneyKr);
        case ActualColumn: return Formatting::kronor(r->actualKr);
        case RemainingColumn:
            // In words, so the state does not hang on the colour alone.
            return over ? tr("%1 – över budget").arg(Formatting::kronor(r->remainingKr()))
                        : Formatting::kronor(r->remainingKr());
        case ActionsColumn: return QLocale().toString(r->actions);
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == RemainingColumn)
            return tr("Budget %1 minus de åtgärder som ska rymmas i den (%2 av beräknade %3; %4 kräver nya "
                      "pengar)")
                .arg(Formatting::kronor(r->budgetKr), Formatting::kronor(r->estimatedKr - r->newMoneyKr),
                     Formatting::kronor(r->estimatedKr), Formatting::kronor(r->newMoneyKr));
        if (column == NewMoneyColumn)
            return tr("Beräknad kostnad för åtgärder som inte ryms inom budgeterad ram");
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (column == BoardColumn)
            return {};
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole: return over ? QVariant(QBrush(kOverText)) : QVariant();
    case Qt::BackgroundRole: return over ? QVariant(QBrush(kOverBackground)) : QVariant();
    case Qt::FontRole:
        if (over && column == RemainingColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case OverBudgetRole: return over;
    case AmountRole:
        switch (column) {
        case BudgetColumn: return r->budgetKr;
        case EstimatedColumn: return r->estimatedKr;
        case NewMoneyColumn: return r->newMoneyKr;
        case ActualColumn: return r->actualKr;
        case RemainingColumn: return r->remainingKr();
        default: return {};
        }
    default: return {};
    }
}

QVariant BoardCostTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case BoardColumn: return tr("Nämnd");
    case YearColumn: return tr("År");
    case BudgetColumn: return tr("Budget");
    case EstimatedColumn: return tr("Beräknat");
    case NewMoneyColumn: return tr("varav nya pengar");
    case ActualColumn: return tr("Verkligt");
    case RemainingColumn: return tr("Kvar av budget");
    case ActionsColumn: return tr("Åtgärder");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sakra::gui
