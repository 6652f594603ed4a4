// Times the self-assessment and the dashboard on a large register.
// Usage: sakra-bench-assessment FILE [REPEATS]
#include "BenchTimer.h"
#include "Register.h"
#include "RegisterBench.h"

#include <QTextStream>

using namespace sakra;

int main(int argc, char* argv[])
{
    return runRegisterBench(
        argc, argv, "sakra-bench-assessment", 5,
        [](Register& reg, qint64 admin, int repeats, QTextStream& out) {
            const QDate today = QDate::currentDate();

            BenchTable table(out);
            table.row("self-assessment, whole municipality (facts, rules, roll-up)", repeats,
                      [&] { reg.assessment().assess(0, today); });
            table.row("self-assessment facts only, whole municipality", repeats,
                      [&] { reg.assessment().facts(0, today); });
            table.row("self-assessment, one administration", repeats,
                      [&] { reg.assessment().assess(admin, today); });
            table.row("dashboard, whole municipality", repeats, [&] { reg.dashboard().figures(0, today); });
            table.row("dashboard, one administration", repeats,
                      [&] { reg.dashboard().figures(admin, today); });

            const Assessment a = reg.assessment().assess(0, today);
            std::array<int, kAssessmentAnswerCount> answers{};
            for (const UnitAssessment& u : a.units)
                for (const QuestionAnswer& q : u.answers)
                    if (q.applicable)
                        ++answers[std::size_t(q.answer)];
            const DashboardFigures d = reg.dashboard().figures(0, today);
            out << "\n"
                << a.units.size() << " units assessed, " << a.administrations.size()
                << " administrations and companies, " << a.boards.size()
                << " boards; unit answers yes/mostly/partly/no: " << answers[0] << "/" << answers[1] << "/"
                << answers[2] << "/" << answers[3] << "\ndashboard: " << d.openHighRisks
                << " open high risks, " << d.overdueActions << " overdue actions, " << d.overdueTrainings
                << " overdue trainings, " << d.overdueRoutineReviews << " overdue routine reviews, "
                << d.overdueAlarmTests << " overdue alarm tests, incidents " << d.incidentsThisYear
                << " this year against " << d.incidentsLastYearToDate
                << " by this day last year; administration id " << admin << "; median of " << repeats
                << " runs\n";
        });
}
