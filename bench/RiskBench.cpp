// Times the risk list and heat map on a large register.
// Usage: sakra-bench-risk FILE [REPEATS]
#include "BenchTimer.h"
#include "Register.h"
#include "RegisterBench.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace sakra;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    return runBench(app, "sakra-bench-risk", 7, [](const BenchArgs& args, QTextStream& out) {
        const int repeats = args.repeats;
        auto reg = openBenchRegister(args.path);
        // The administration with the most risks, so the scoped figures are not flattered.
        qint64 admin = 0;
        qint64 most = -1;
        for (const OrgUnit& u : reg->units().ofKinds({UnitKind::Administration})) {
            RiskQuery q;
            q.scopeUnitId = u.id;
            const qint64 n = reg->risks().count(q);
            if (n > most) {
                most = n;
                admin = u.id;
            }
        }
        RiskQuery all;
        all.limit = 200;
        RiskQuery scoped = all;
        scoped.scopeUnitId = admin;
        RiskQuery high = all;
        high.level = 3;
        RiskQuery overdue = all;
        overdue.overdueOnly = true;

        BenchTable table(out);
        table.row("risk list, whole municipality: first 200 by level", repeats,
                  [&] { reg->risks().list(all); });
        table.row("risk list, whole municipality: count", repeats, [&] { reg->risks().count(all); });
        table.row("risk list, one administration: first 200 by level", repeats,
                  [&] { reg->risks().list(scoped); });
        table.row("risk list, one administration: count", repeats, [&] { reg->risks().count(scoped); });
        table.row("filter level = very high: first 200 + count", repeats, [&] {
            reg->risks().list(high);
            reg->risks().count(high);
        });
        table.row("filter overdue review: first 200 + count", repeats, [&] {
            reg->risks().list(overdue);
            reg->risks().count(overdue);
        });
        table.row("heat map, whole municipality (before treatment)", repeats,
                  [&] { reg->risks().heatMap(RiskQuery(), false); });
        table.row("heat map, whole municipality (after treatment)", repeats,
                  [&] { reg->risks().heatMap(RiskQuery(), true); });
        table.row("heat map, one administration", repeats, [&] { reg->risks().heatMap(scoped, false); });
        out << "\n"
            << reg->risks().count() << " risks; the administration (id " << admin << ") has " << most
            << "; median of " << repeats << " runs\n";
    });
}
