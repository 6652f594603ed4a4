#pragma once

#include "action/ActionOverview.h"

#include <QAbstractTableModel>
#include <vector>

namespace sakra::gui {

// Money per board and year: the budget allocation against the estimated cost of the actions, how
// much of that needs new money, what has been spent and what is left. A board over its budget
// says so in words in the remaining column and stands out in colour as well.
class BoardCostTableModel : public QAbstractTableModel
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
        OverBudgetRole = Qt::UserRole + 1,
        AmountRole
    };

    explicit BoardCostTableModel(QObject* parent = nullptr);

    void setRows(std::vector<BoardYearCost> rows);
    const BoardYearCost* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<BoardYearCost> m_rows;
};

} // namespace sakra::gui
