// Times the incident statistics (tallies kept by trigger) on a large register.
// Usage: sakra-bench-incident FILE [REPEATS]
#include "BenchTimer.h"
#include "Register.h"
#include "RegisterBench.h"

#include <QTextStream>

using namespace sakra;

int main(int argc, char* argv[])
{
    return runRegisterBench(
        argc, argv, "sakra-bench-incident", 7,
        [](Register& reg, qint64 admin, int repeats, QTextStream& out) {
            const qint64 root = reg.units().root()->id;
            const QDate today = QDate::currentDate();
            const int year = today.year() - 1;
            const QDate from(year, 1, 1), to(year, 12, 31);
            IncidentStatistics& stats = reg.incidentStatistics();

            BenchTable table(out);
            table.row("incidents per kind, one administration, one year", repeats,
                      [&] { stats.perKind(admin, from, to); });
            table.row("incidents per kind, one administration, 15 Feb .. today (partial quarters)", repeats,
                      [&] { stats.perKind(admin, QDate(today.year(), 2, 15), today); });
            table.row("incidents per kind, whole municipality, one year", repeats,
                      [&] { stats.perKind(root, from, to); });
            table.row("quarterly trend, whole municipality, 40 quarters", repeats,
                      [&] { stats.trend(root, today, 40); });
            table.row("per unit below the municipality, one year", repeats,
                      [&] { stats.perUnit(root, from, to); });
            table.row("per unit below one administration, one year", repeats,
                      [&] { stats.perUnit(admin, from, to); });
            table.row("this year against last year, whole municipality", repeats,
                      [&] { stats.yearComparison(root, today); });

            const KindCounts check = stats.perKind(admin, from, to);
            out << "\n"
                << reg.incidents().count() << " incidents; administration (id " << admin << ") had "
                << check.total() << " in " << year << "; root id " << root << "; median of " << repeats
                << " runs\n";
        });
}
