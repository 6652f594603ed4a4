#pragma once

#include "Training.h"

#include <QDate>
#include <optional>

namespace sakra {

// What a training list shows: filters, sorting (done in SQL) and the window of rows wanted.
struct TrainingQuery
{
    enum class Sort
    {
        HeldOn,
        Unit,
        Kind,
        Title,
        Participants,
        NextDue
    };

    qint64 scopeUnitId = 0; // 0: the whole register
    std::optional<Training::Kind> kind;
    bool exercisesOnly = false; // Training::isExercise kinds only
    QDate from;                 // held on or after (invalid: no bound)
    QDate to;                   // held on or before (invalid: no bound)
    // Only the latest session of its kind at its unit whose next due date has passed: the unit
    // owes a new one. Older sessions followed by a newer one are never overdue.
    bool overdueOnly = false;
    QDate today = QDate::currentDate();
    QString text; // in the title or the note

    Sort sort = Sort::HeldOn;
    bool ascending = false; // newest first
    int offset = 0;
    int limit = -1;
};

struct TrainingRow
{
    Training training;
    QString unitName;
    bool overdue = false; // latest of its kind at the unit and past due
};

} // namespace sakra
