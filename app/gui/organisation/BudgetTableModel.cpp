#include "BudgetTableModel.h"

#include "widgets/Formatting.h"

namespace sakra::gui {

BudgetTableModel::BudgetTableModel(QObject* parent) : EntityListModel(parent)
{
    addColumn(BoardColumn, tr("Nämnd"), [](const BudgetRow& r) { return r.boardName; });
    // A year, not an amount: no group separator.
    addColumn(YearColumn, tr("År"), [](const BudgetRow& r) {
        return QString::number(r.line.year);
    }).alignedRight();
    addColumn(AmountColumn, tr("Belopp"), [](const BudgetRow& r) {
        return Formatting::kronor(r.line.amountKr);
    }).alignedRight();
    addColumn(NoteColumn, tr("Anteckning"), [](const BudgetRow& r) { return r.line.note; });
}

} // namespace sakra::gui
