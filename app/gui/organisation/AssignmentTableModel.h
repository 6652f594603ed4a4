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

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    qint64 idOf(const AssignmentRow& row) const override { return row.assignment.id; }
};

} // namespace sakra::gui
