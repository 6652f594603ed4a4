#pragma once

#include "Routine.h"
#include "storage/ListQuery.h"

#include <QDate>
#include <optional>

namespace sakra {

enum class RoutineSort
{
    Title,
    Kind,
    Known,
    AdoptedOn,
    NextReview,
    Owner
};

// What a routine list shows: filters, sorting (done in SQL) and the window of rows wanted.
struct RoutineQuery : ListQuery<RoutineSort, RoutineSort::Title>
{
    // scopeUnitId: routines covering the unit or a unit below it, and (with
    // inheritedToo) routines covering a unit above it, which apply to it as well.
    bool inheritedToo = true;
    std::optional<Routine::Kind> kind;
    std::optional<Routine::Known> known;
    std::optional<bool> documented;
    QDate from;               // adopted on or after (invalid: no bound)
    QDate to;                 // adopted on or before (invalid: no bound)
    bool overdueOnly = false; // next review before today
    QDate today = QDate::currentDate();
    // text: in the title, the note or the document link
};

struct RoutineRow
{
    Routine routine;
    qint64 id() const { return routine.id; }
    QString ownerName;
    int unitCount = 0;
    QString unitNames; // the units covered, by name, comma-separated
};

} // namespace sakra
