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

private:
    QString nextDueToolTip(const TrainingRow& row) const;
};

} // namespace sakra::gui
