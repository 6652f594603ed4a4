#pragma once

#include "Action.h"
#include "storage/ListQuery.h"

#include <QDate>
#include <optional>

namespace sakra {

enum class ActionSort
{
    Title,
    Unit,
    Kind,
    Status,
    Responsible,
    DueDate,
    EstimatedCost
};

// What an action list shows: filters, sorting (done in SQL) and the window of rows wanted.
struct ActionQuery : ListQuery<ActionSort, ActionSort::DueDate>
{
    std::optional<Action::Status> status;
    qint64 kindId = 0;
    qint64 responsibleId = 0;
    qint64 riskId = 0;        // actions treating this risk
    bool overdueOnly = false; // open and due before today
    int dueWithinDays = -1;   // open and due from today to today + days (-1: no such filter)
    bool needsDecisionOnly = false;
    QDate today = QDate::currentDate();
    // text: in title or description
};

struct ActionRow
{
    Action action;
    qint64 id() const { return action.id; }
    QString unitName;
    QString kindName;
    QString responsibleName;
    QString latestNote;
    QDate latestNoteOn;
    QString siteName; // empty: the action has no site
};

} // namespace sakra
