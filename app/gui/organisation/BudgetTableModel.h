#pragma once

#include "organisation/BudgetRepository.h"
#include "widgets/EntityListModel.h"

#include <vector>

namespace sakra::gui {

// Budget allocations for security work per board and year, in kronor.
class BudgetTableModel : public EntityListModel<BudgetRow>
{
    Q_OBJECT

public:
    enum Column
    {
        BoardColumn,
        YearColumn,
        AmountColumn,
        NoteColumn,
        ColumnCount
    };

    explicit BudgetTableModel(QObject* parent = nullptr);
};

} // namespace sakra::gui
