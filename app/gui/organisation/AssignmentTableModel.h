#pragma once

#include "organisation/AssignmentRepository.h"
#include "widgets/EntityListModel.h"

#include <vector>

namespace sakra::gui {

// Assignments in the security organisation: who holds which role where, and for how long.
class AssignmentTableModel : public EntityListModel<AssignmentRow>
{
    Q_OBJECT

public:
    enum Column
    {
        PersonColumn,
        RoleColumn,
        LevelColumn,
        UnitColumn,
        StartColumn,
        EndColumn,
        ShareColumn,
        ColumnCount
    };

    explicit AssignmentTableModel(QObject* parent = nullptr);

protected:
    QVariant rowData(const AssignmentRow& row, int column, int role) const override;
};

} // namespace sakra::gui
