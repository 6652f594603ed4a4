// Times the action plan's overdue list and cost-per-board summary on a large register.
// Usage: sakra-bench-action FILE [REPEATS]
#include "BenchTimer.h"
#include "Register.h"
#include "RegisterBench.h"

#include <QTextStream>

using namespace sakra;

int main(int argc, char* argv[])
{
    return runRegisterBench(
        argc, argv, "sakra-bench-action", 7, [](Register& reg, qint64 admin, int repeats, QTextStream& out) {
            ActionQuery overdue;
            overdue.overdueOnly = true;
            overdue.limit = 200;
            ActionQuery soon;
            soon.dueWithinDays = 30;
            soon.limit = 200;
            ActionQuery scopedOverdue = overdue;
            scopedOverdue.scopeUnitId = admin;
            ActionQuery first;
            first.limit = 200;

            BenchTable table(out);
            table.row("action list, whole municipality: first 200 by due date", repeats,
                      [&] { reg.actions().list(first); });
            table.row("overdue actions, whole municipality: first 200", repeats,
                      [&] { reg.actions().list(overdue); });
            table.row("overdue actions, whole municipality: count", repeats,
                      [&] { reg.actions().count(overdue); });
            table.row("due within 30 days: first 200 + count", repeats, [&] {
                reg.actions().list(soon);
                reg.actions().count(soon);
            });
            table.row("overdue actions, one administration: first 200", repeats,
                      [&] { reg.actions().list(scopedOverdue); });
            table.row("cost per board and year, whole municipality", repeats,
                      [&] { reg.actionOverview().costPerBoardAndYear(); });
            table.row("cost per board and year, one administration", repeats,
                      [&] { reg.actionOverview().costPerBoardAndYear(admin); });
            table.row("actions per status per department", repeats,
                      [&] { reg.actionOverview().statusPerDepartment(); });
            out << "\n"
                << reg.actions().count() << " actions, " << reg.actionNotes().count()
                << " notes; administration id " << admin << "; median of " << repeats << " runs\n";
        });
}
