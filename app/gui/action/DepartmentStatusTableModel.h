#pragma once

#include "action/ActionOverview.h"
#include "widgets/EntityListModel.h"

#include <vector>

namespace sakra::gui {

// Actions per status for each department (or administration outside departments): how far each
// has come with its part of the plan. The edit role holds the counts as numbers.
class DepartmentStatusTableModel : public EntityListModel<StatusCounts>
{
    Q_OBJECT

public:
    // One column per Action::Status after the department, in the status order, then the total.
    enum Column
    {
        DepartmentColumn,
        FirstStatusColumn,
        TotalColumn = FirstStatusColumn + Action::kStatusCount,
        ColumnCount
    };

    explicit DepartmentStatusTableModel(QObject* parent = nullptr);

protected:
    QVariant rowData(const StatusCounts& row, int column, int role) const override;

private:
    static int countOf(const StatusCounts& row, int column);
};

} // namespace sakra::gui
