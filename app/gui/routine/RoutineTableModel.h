#pragma once

#include "routine/RoutineQuery.h"
#include "widgets/QueryTableModel.h"

namespace sakra::gui {

// Routines, plans and checklists in pages, by title unless another column is chosen. A routine
// past its review date says so in words and stands out in colour; one the staff do not know, or
// that is not written down, says that too.
class RoutineTableModel : public QueryTableModel<RoutineQuery, RoutineRow>
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        KindColumn,
        UnitsColumn,
        DocumentedColumn,
        KnownColumn,
        NextReviewColumn,
        OwnerColumn,
        ColumnCount
    };

    explicit RoutineTableModel(QObject* parent = nullptr);

private:
    QString nextReviewText(const Routine& routine) const;
};

} // namespace sakra::gui
