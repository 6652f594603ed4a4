#include "BoardCostTableModel.h"

#include "widgets/Formatting.h"

#include <QLocale>

namespace sakra::gui {

namespace {
QString remainingText(const BoardYearCost& r)
{
    // In words, so the state does not hang on the colour alone.
    return r.overBudget()
               ? BoardCostTableModel::tr("%1 – över budget").arg(Formatting::kronor(r.remainingKr()))
               : Formatting::kronor(r.remainingKr());
}

QString remainingToolTip(const BoardYearCost& r)
{
    return BoardCostTableModel::tr("Budget %1 minus de åtgärder som ska rymmas i den (%2 av beräknade %3; %4 "
                                   "kräver nya pengar)")
        .arg(Formatting::kronor(r.budgetKr), Formatting::kronor(r.estimatedKr - r.newMoneyKr),
             Formatting::kronor(r.estimatedKr), Formatting::kronor(r.newMoneyKr));
}
} // namespace

BoardCostTableModel::BoardCostTableModel(QObject* parent) : EntityListModel(parent)
{
    addColumn(BoardColumn, tr("Nämnd"), [](const BoardYearCost& r) { return r.boardName; });
    addColumn(YearColumn, tr("År"), [](const BoardYearCost& r) {
        return QString::number(r.year);
    }).alignedRight();
    addColumn(BudgetColumn, tr("Budget"), [](const BoardYearCost& r) {
        return r.budgetKr ? Formatting::kronor(r.budgetKr) : tr("ingen budget");
    }).alignedRight();
    addColumn(EstimatedColumn, tr("Beräknat"), [](const BoardYearCost& r) {
        return Formatting::kronor(r.estimatedKr);
    }).alignedRight();
    addColumn(NewMoneyColumn, tr("varav nya pengar"),
              [](const BoardYearCost& r) { return Formatting::kronor(r.newMoneyKr); })
        .withToolTip([](const BoardYearCost&) {
            return tr("Beräknad kostnad för åtgärder som inte ryms inom budgeterad ram");
        })
        .alignedRight();
    addColumn(ActualColumn, tr("Verkligt"), [](const BoardYearCost& r) {
        return Formatting::kronor(r.actualKr);
    }).alignedRight();
    addColumn(RemainingColumn, tr("Kvar av budget"), remainingText)
        .withToolTip(remainingToolTip)
        .alignedRight();
    addColumn(ActionsColumn, tr("Åtgärder"), [](const BoardYearCost& r) {
        return QLocale().toString(r.actions);
    }).alignedRight();
    markLateRows([](const BoardYearCost& r) { return r.overBudget(); }, RemainingColumn);
}

QVariant BoardCostTableModel::rowData(const BoardYearCost& r, int column, int role) const
{
    if (role == OverBudgetRole)
        return r.overBudget();
    if (role != AmountRole)
        return {};
    switch (Column(column)) {
    case BudgetColumn: return r.budgetKr;
    case EstimatedColumn: return r.estimatedKr;
    case NewMoneyColumn: return r.newMoneyKr;
    case ActualColumn: return r.actualKr;
    case RemainingColumn: return r.remainingKr();
    default: return {};
    }
}

} // namespace sakra::gui
