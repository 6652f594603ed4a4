#pragma once

#include "ActionTimeline.h"
#include "action/ActionOverview.h"
#include "action/ActionQuery.h"

#include <QDate>
#include <vector>

namespace sakra {
class Register;
}

namespace sakra::gui {

// Everything the action overview shows for one scope, read in one go so that it can be read off
// the GUI thread and handed over whole.
struct ActionOverviewData
{
    // At most this many rows of each list and bars on the time line.
    static constexpr int kListLimit = 200;
    static constexpr int kTimelineLimit = 200;
    static constexpr int kSoonDays = 30;

    QDate today;
    std::vector<ActionRow> overdue;
    qint64 overdueTotal = 0;
    std::vector<ActionRow> dueSoon;
    qint64 dueSoonTotal = 0;
    std::vector<BoardYearCost> cost;
    std::vector<StatusCounts> status;
    std::vector<ActionTimeline::Entry> timeline;
    // Actions that could be on the time line (overdue, coming or done with a due date).
    qint64 timelineTotal = 0;

    // Reads it all from reg for the scope (0: the whole register).
    static ActionOverviewData read(Register& reg, qint64 scopeUnitId, const QDate& today);
};

} // namespace sakra::gui
