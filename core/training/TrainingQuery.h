#pragma once

#include "Training.h"
#include "storage/ListQuery.h"

#include <QDate>
#include <optional>

namespace sakra {

enum class TrainingSort
{
    HeldOn,
    Unit,
    Kind,
    Title,
    Participants,
    NextDue
};

// What a training list shows: filters, sorting (done in SQL) and the window of rows wanted.
struct TrainingQuery : ListQuery<TrainingSort, TrainingSort::HeldOn, false>
{
    std::optional<Training::Kind> kind;
    bool exercisesOnly = false; // Training::isExercise kinds only
    QDate from;                 // held on or after (invalid: no bound)
    QDate to;                   // held on or before (invalid: no bound)
    // Only the latest session of its kind at its unit whose next due date has passed: the unit
    // owes a new one. Older sessions followed by a newer one are never overdue.
    bool overdueOnly = false;
    QDate today = QDate::currentDate();
    // text: in the title or the note
};

struct TrainingRow
{
    Training training;
    qint64 id() const { return training.id; }
    QString unitName;
    bool overdue = false; // latest of its kind at the unit and past due
};

} // namespace sakra
