// Times every list page the views ask of the repositories on a large register, and writes the
// statements each page ran (values filled in) for scripts/bench.sh, which sets the best plain
// query for the same page beside it.
// Usage: sakra-bench-list FILE [REPEATS [KEY...]] (only the pages named, when some are)
// Prints one line a page: key, median ms, description, statements (joined by " ;; "), tab-separated;
// then "admin ID" and "today DATE" lines.
#include "BenchTimer.h"
#include "Register.h"
#include "RegisterBench.h"
#include "storage/StatementTrace.h"

#include <QCoreApplication>
#include <QTextStream>
#include <functional>

using namespace sakra;

namespace {

// Fast pages are run several times a round, so that a page of 0.2 ms is timed well above the
// clock's resolution and the noise of one call.
constexpr int kCallsPerRound = 10;

struct Page
{
    const char* key;
    const char* what;
    std::function<void()> run;
};

QString oneLine(QString sql)
{
    return sql.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\t'), QLatin1Char(' '));
}

} // namespace

int main(int argc, char* argv[])
{
    return runRegisterBench(
        argc, argv, "sakra-bench-list", 7, [](Register& reg, qint64, int repeats, QTextStream& out) {
            // The administration with the most actions, so scoped pages are not flattered.
            qint64 admin = 0;
            qint64 most = -1;
            for (const OrgUnit& u : reg.units().ofKinds({UnitKind::Administration})) {
                ActionQuery q;
                q.scopeUnitId = u.id;
                const qint64 n = reg.actions().count(q);
                if (n > most) {
                    most = n;
                    admin = u.id;
                }
            }
            const qint64 root = reg.units().root()->id;
            const QDate today = QDate::currentDate();

            auto page = [](auto query) {
                query.limit = 200;
                return query;
            };
            auto scoped = [admin](auto query) {
                query.scopeUnitId = admin;
                return query;
            };
            RiskQuery riskOverdue;
            riskOverdue.overdueOnly = true;
            RiskQuery riskHigh;
            riskHigh.level = 3;
            ActionQuery actionOverdue;
            actionOverdue.overdueOnly = true;
            ActionQuery actionSoon;
            actionSoon.dueWithinDays = 30;
            IncidentQuery incidentOpen;
            incidentOpen.openOnly = true;
            TrainingQuery trainingOverdue;
            trainingOverdue.overdueOnly = true;
            RoutineQuery routineOverdue;
            routineOverdue.overdueOnly = true;
            AlarmQuery alarmOverdue;
            alarmOverdue.overdueOnly = true;

            const std::vector<Page> pages = {
                {"risk.page", "risks, whole municipality: first 200 by level",
                 [&] { reg.risks().list(page(RiskQuery())); }},
                {"risk.count", "risks, whole municipality: count", [&] { reg.risks().count(RiskQuery()); }},
                {"risk.admin.page", "risks, one administration: first 200 by level",
                 [&] { reg.risks().list(page(scoped(RiskQuery()))); }},
                {"risk.admin.count", "risks, one administration: count",
                 [&] { reg.risks().count(scoped(RiskQuery())); }},
                {"risk.high.page", "risks, level very high: first 200",
                 [&] { reg.risks().list(page(riskHigh)); }},
                {"risk.high.count", "risks, level very high: count", [&] { reg.risks().count(riskHigh); }},
                {"risk.overdue.page", "risks, review overdue: first 200",
                 [&] { reg.risks().list(page(riskOverdue)); }},
                {"risk.overdue.count", "risks, review overdue: count",
                 [&] { reg.risks().count(riskOverdue); }},
                {"action.page", "actions, whole municipality: first 200 by due date",
                 [&] { reg.actions().list(page(ActionQuery())); }},
                {"action.count", "actions, whole municipality: count",
                 [&] { reg.actions().count(ActionQuery()); }},
                {"action.admin.page", "actions, one administration: first 200 by due date",
                 [&] { reg.actions().list(page(scoped(ActionQuery()))); }},
                {"action.overdue.page", "overdue actions: first 200",
                 [&] { reg.actions().list(page(actionOverdue)); }},
                {"action.overdue.count", "overdue actions: count",
                 [&] { reg.actions().count(actionOverdue); }},
                {"action.overdue.admin.page", "overdue actions, one administration: first 200",
                 [&] { reg.actions().list(page(scoped(actionOverdue))); }},
                {"action.soon.page", "actions due within 30 days: first 200",
                 [&] { reg.actions().list(page(actionSoon)); }},
                {"action.soon.count", "actions due within 30 days: count",
                 [&] { reg.actions().count(actionSoon); }},
                {"incident.page", "incidents, whole municipality: first 200, newest first",
                 [&] { reg.incidents().list(page(IncidentQuery())); }},
                {"incident.count", "incidents, whole municipality: count",
                 [&] { reg.incidents().count(IncidentQuery()); }},
                {"incident.admin.page", "incidents, one administration: first 200, newest first",
                 [&] { reg.incidents().list(page(scoped(IncidentQuery()))); }},
                {"incident.admin.count", "incidents, one administration: count",
                 [&] { reg.incidents().count(scoped(IncidentQuery())); }},
                {"incident.open.page", "incidents, follow-up not closed: first 200",
                 [&] { reg.incidents().list(page(incidentOpen)); }},
                {"training.page", "training, whole municipality: first 200, newest first",
                 [&] { reg.trainings().list(page(TrainingQuery())); }},
                {"training.count", "training, whole municipality: count",
                 [&] { reg.trainings().count(TrainingQuery()); }},
                {"training.admin.page", "training, one administration: first 200",
                 [&] { reg.trainings().list(page(scoped(TrainingQuery()))); }},
                {"training.overdue.page", "training overdue: first 200",
                 [&] { reg.trainings().list(page(trainingOverdue)); }},
                {"routine.page", "routines, whole municipality: first 200 by title",
                 [&] { reg.routines().list(page(RoutineQuery())); }},
                {"routine.count", "routines, whole municipality: count",
                 [&] { reg.routines().count(RoutineQuery()); }},
                {"routine.admin.page", "routines, one administration (with inherited): first 200",
                 [&] { reg.routines().list(page(scoped(RoutineQuery()))); }},
                {"routine.overdue.page", "routines, review overdue: first 200",
                 [&] { reg.routines().list(page(routineOverdue)); }},
                {"alarm.page", "alarm equipment, whole municipality: first 200 by next test",
                 [&] { reg.alarmEquipment().list(page(AlarmQuery())); }},
                {"alarm.count", "alarm equipment, whole municipality: count",
                 [&] { reg.alarmEquipment().count(AlarmQuery()); }},
                {"alarm.overdue.page", "alarm equipment, test overdue: first 200",
                 [&] { reg.alarmEquipment().list(page(alarmOverdue)); }},
                {"person.page", "people, whole municipality: first 200 by name",
                 [&] { reg.people().list(page(PersonQuery())); }},
                {"person.count", "people, whole municipality: count",
                 [&] { reg.people().count(PersonQuery()); }},
                {"person.admin.page", "people, one administration: first 200 by name",
                 [&] { reg.people().list(page(scoped(PersonQuery()))); }},
                {"unit.children", "units: children of the municipality", [&] { reg.units().children(root); }},
                {"unit.candidates", "units: scope selector candidates",
                 [&] { reg.units().scopeCandidates(); }},
                {"report.cost", "cost per board and year, whole municipality",
                 [&] { reg.actionOverview().costPerBoardAndYear(); }},
                {"report.cost.admin", "cost per board and year, one administration",
                 [&] { reg.actionOverview().costPerBoardAndYear(admin); }},
                {"report.status", "actions per status per department, whole municipality",
                 [&] { reg.actionOverview().statusPerDepartment(); }},
            };

            // Not list pages: run only when named, to see the statements they run.
            const std::vector<Page> more = {
                {"dashboard", "dashboard, whole municipality", [&] { reg.dashboard().figures(0, today); }},
                {"assessment", "self-assessment, whole municipality",
                 [&] { reg.assessment().assess(0, today); }},
            };
            const QStringList only = QCoreApplication::arguments().mid(3);
            std::vector<Page> all = pages;
            all.insert(all.end(), more.begin(), more.end());
            for (std::size_t n = 0; n < all.size(); ++n) {
                const Page& p = all[n];
                if (only.isEmpty() ? n >= pages.size() : !only.contains(QLatin1String(p.key)))
                    continue;
                QStringList sql;
                {
                    StatementTrace trace(reg.database());
                    p.run();
                    sql = trace.statements();
                }
                // Once to warm the cache, then rounds of several calls.
                const double ms = medianMs(repeats,
                                           [&] {
                                               for (int i = 0; i < kCallsPerRound; ++i)
                                                   p.run();
                                           }) /
                                  kCallsPerRound;
                QStringList lines;
                for (const QString& s : sql)
                    lines << oneLine(s);
                out << p.key << '\t' << QString::number(ms, 'f', 3) << '\t' << p.what << '\t'
                    << lines.join(QStringLiteral(" ;; ")) << '\n';
                if (qEnvironmentVariableIsSet("SAKRA_BENCH_PLANS") && !sql.isEmpty())
                    out << StatementTrace::planOf(reg.database(), sql.front()) << '\n';
                out.flush();
            }
            out << "admin\t" << admin << '\n' << "today\t" << today.toString(Qt::ISODate) << '\n';
        });
}
