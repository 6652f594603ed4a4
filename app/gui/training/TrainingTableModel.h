#pragma once

#include "training/TrainingQuery.h"
#include "widgets/QueryTableModel.h"

namespace sakra::gui {

// Training sessions and exercises in pages, newest first unless another column is chosen. A unit
// that owes a new session (the latest of its kind past its due date) says so in words in the
// next-due column and stands out in colour.
class TrainingTableModel : public QueryTableModel<TrainingQuery, TrainingRow>
{
    Q_OBJECT

public:
    enum Column
    {
        HeldColumn,
        TitleColumn,
        UnitColumn,
        ParticipantsColumn,
        RecurrenceColumn,
        NextDueColumn,
        ColumnCount
    };

    explicit TrainingTableModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    std::vector<TrainingRow> list(Register& reg, const TrainingQuery& query) const override;
    qint64 count(Register& reg, const TrainingQuery& query) const override;
    qint64 idOf(const TrainingRow& row) const override { return row.training.id; }
    std::optional<TrainingQuery::Sort> sortOf(int column) const override;

private:
    QVariant display(const TrainingRow& row, int column) const;
};

} // namespace sakra::gui
