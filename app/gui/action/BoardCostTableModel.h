#pragma once

#include "action/ActionOverview.h"
#include "widgets/EntityListModel.h"

#include <vector>

namespace sakra::gui {

// Money per board and year: the budget allocation against the estimated cost of the actions, how
// much of that needs new money, what has been spent and what is left. A board over its budget
// says so in words in the remaining column and stands out in colour as well.
class BoardCostTableModel : public EntityListModel<BoardYearCost>
{
    Q_OBJECT

public:
    enum Column
    {
        BoardColumn,
        YearColumn,
        BudgetColumn,
        EstimatedColumn,
        NewMoneyColumn,
        ActualColumn,
        RemainingColumn,
        ActionsColumn,
        ColumnCount
    };
    enum Role
    {
        OverBudgetRole = FirstModelRole,
        AmountRole
    };

    explicit BoardCostTableModel(QObject* parent = nullptr);

protected:
    QVariant rowData(const BoardYearCost& row, int column, int role) const override;
};

} // namespace sakra::gui
