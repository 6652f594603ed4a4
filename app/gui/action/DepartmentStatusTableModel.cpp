#include "DepartmentStatusTableModel.h"

#include <QLocale>

namespace sakra::gui {

DepartmentStatusTableModel::DepartmentStatusTableModel(QObject* parent) : EntityListModel(parent)
{
    addColumn(DepartmentColumn, tr("Avdelning"), [](const StatusCounts& r) { return r.unitName; });
    for (int column = FirstStatusColumn; column < TotalColumn; ++column) {
        const auto status = Action::Status(column - FirstStatusColumn);
        addColumn(column, Action::kStatuses.label(status),
                  [column](const StatusCounts& r) { return QLocale().toString(countOf(r, column)); })
            .withToolTip([column, status](const StatusCounts& r) {
                const int count = countOf(r, column);
                if (r.total() == 0)
                    return QLocale().toString(count);
                return tr("%1: %2 av %3 åtgärder (%4 %)")
                    .arg(Action::kStatuses.label(status))
                    .arg(count)
                    .arg(r.total())
                    .arg(qRound(100.0 * count / r.total()));
            })
            .alignedRight();
    }
    addColumn(TotalColumn, tr("Totalt"), [](const StatusCounts& r) {
        return QLocale().toString(r.total());
    }).alignedRight();
}

int DepartmentStatusTableModel::countOf(const StatusCounts& row, int column)
{
    return column == TotalColumn ? row.total() : row.counts[std::size_t(column - FirstStatusColumn)];
}

QVariant DepartmentStatusTableModel::rowData(const StatusCounts& row, int column, int role) const
{
    if (role != Qt::EditRole)
        return {};
    return column == DepartmentColumn ? QVariant(row.unitName) : QVariant(countOf(row, column));
}

} // namespace sakra::gui
