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

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    std::vector<RoutineRow> list(Register& reg, const RoutineQuery& query) const override;
    qint64 count(Register& reg, const RoutineQuery& query) const override;
    qint64 idOf(const RoutineRow& row) const override { return row.routine.id; }
    std::optional<RoutineQuery::Sort> sortOf(int column) const override;

private:
    QVariant display(const RoutineRow& row, int column) const;
};

} // namespace sakra::gui
