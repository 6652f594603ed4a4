#include "ActionOverviewData.h"

#include "Register.h"

#include <algorithm>
#include <cstdlib>
#include <set>

namespace sakra::gui {

ActionOverviewData ActionOverviewData::read(Register& reg, qint64 scopeUnitId, const QDate& today)
{
    ActionOverviewData data;
    data.today = today;
    ActionRepository& actions = reg.actions();

    ActionQuery base;
    base.scopeUnitId = scopeUnitId;
    base.today = today;
    base.limit = kListLimit;

    ActionQuery overdue = base;
    overdue.overdueOnly = true;
    data.overdue = actions.list(overdue);
    data.overdueTotal = actions.count(overdue);
    ActionQuery soon = base;
    soon.dueWithinDays = kSoonDays;
    data.dueSoon = actions.list(soon);
    data.dueSoonTotal = actions.count(soon);

    data.cost = reg.actionOverview().costPerBoardAndYear(scopeUnitId);
    data.status = reg.actionOverview().statusPerDepartment(scopeUnitId);

    // The time line: the actions whose due dates lie nearest today on either side, overdue and
    // coming ones still open and those done. Each kind is read nearest first and cut at the limit
    // in the database. The overdue ones nearest today are the last of the overdue list read above
    // when it holds them all; otherwise they are read newest first.
    ActionQuery late = overdue;
    late.ascending = false;
    late.limit = kTimelineLimit;
    ActionQuery coming = base;
    coming.dueWithinDays = 100 * 365;
    coming.limit = kTimelineLimit;
    ActionQuery done = base;
    done.status = Action::Status::Done;
    done.ascending = false;
    done.limit = kTimelineLimit;

    std::vector<ActionTimeline::Entry> entries;
    std::set<qint64> seen;
    auto take = [&](const std::vector<ActionRow>& rows) {
        for (const ActionRow& row : rows) {
            const Action& a = row.action;
            if (!a.dueDate.isValid() || !seen.insert(a.id).second)
                continue;
            entries.push_back(
                {a.id, a.title, a.startDate, a.dueDate, a.doneDate, a.status, a.isOverdue(today)});
        }
    };
    take(data.overdueTotal <= qint64(data.overdue.size()) ? data.overdue : actions.list(late));
    take(actions.list(coming));
    take(actions.list(done));
    data.timelineTotal = data.overdueTotal + actions.count(coming) + actions.count(done);

    std::sort(entries.begin(), entries.end(), [&](const auto& x, const auto& y) {
        return std::abs(x.due.daysTo(today)) < std::abs(y.due.daysTo(today));
    });
    if (int(entries.size()) > kTimelineLimit)
        entries.resize(std::size_t(kTimelineLimit));
    std::sort(entries.begin(), entries.end(),
              [](const auto& x, const auto& y) { return x.due != y.due ? x.due < y.due : x.id < y.id; });
    data.timeline = std::move(entries);
    return data;
}

} // namespace sakra::gui
