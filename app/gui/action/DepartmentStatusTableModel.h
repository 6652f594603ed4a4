#pragma once

#include "action/ActionOverview.h"

#include <QAbstractTableModel>
#include <vector>

namespace sakra::gui {

// Actions per status for each department (or administration outside departments): how far each
// has come with its part of the plan.
class DepartmentStatusTableModel : public QAbstractTableModel
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

    void setRows(std::vector<StatusCounts> rows);
    const StatusCounts* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<StatusCounts> m_rows;
};

} // namespace sakra::gui
