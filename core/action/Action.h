#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

#include <QDate>
#include <optional>

namespace sakra {

// A measure in the action plan: what is to be done, where, by whom, by when and at what cost.
struct Action : StoredEntity<Action, Tables::action>
{
    enum class Status
    {
        Planned,
        InProgress,
        Done,
        Postponed,
        Cancelled,
        // Standing practice ("at every course start"): done again and again, never finished and
        // never overdue.
        Ongoing
    };

    QString title;
    QString description;
    qint64 kindId = 0;
    qint64 unitId = 0;
    qint64 siteId = 0;
    qint64 responsibleId = 0;
    Status status = Status::Planned;
    QDate statusChangedOn; // set by the repository when the status changes
    QDate startDate;
    QDate dueDate;
    QDate doneDate;
    qint64 estimatedCostKr = 0; // meaningful only when costEstimated
    bool costEstimated = true;  // false: nobody has put a figure on it yet (not the same as 0 kr)
    qint64 actualCostKr = 0;
    bool fitsBudget = true; // false: needs new money
    bool needsBoardDecision = false;

    // Still to be done: planned or in progress (a postponed action has been put off on purpose, an
    // ongoing one is standing practice with no end).
    bool isOpen() const { return status == Status::Planned || status == Status::InProgress; }
    bool isOverdue(const QDate& today) const { return isOpen() && dueDate.isValid() && dueDate < today; }
    // Due within days from today (today included), not yet overdue.
    bool isDueWithin(const QDate& today, int days) const
    {
        return isOpen() && dueDate.isValid() && dueDate >= today && dueDate <= today.addDays(days);
    }
    // The year the action's cost falls in: its due date's, else its start's.
    int costYear() const
    {
        return dueDate.isValid() ? dueDate.year() : startDate.isValid() ? startDate.year() : 0;
    }

    static constexpr int kStatusCount = 6;
    static const CodeTable<Status, kStatusCount> kStatuses;

    static const Fields<Action>& fields();
};

} // namespace sakra
