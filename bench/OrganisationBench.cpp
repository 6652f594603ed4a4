// Times what the organisation views ask of the core on a large register.
// Usage: sakra-bench-organisation FILE [REPEATS]
#include "BenchTimer.h"
#include "Register.h"
#include "RegisterBench.h"

#include <QCoreApplication>
#include <QTextStream>
#include <vector>

using namespace sakra;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    return runBench(app, "sakra-bench-organisation", 7, [](const BenchArgs& args, QTextStream& out) {
        const QString path = args.path;
        const int repeats = args.repeats;

        std::unique_ptr<Register> reg;
        const double openMs = medianMs(repeats, [&] {
            reg.reset();
            reg = openBenchRegister(path);
        });
        const qint64 root = reg->units().root()->id;
        const auto admins = reg->units().ofKinds({UnitKind::Administration});
        const qint64 admin = admins.empty() ? root : admins.front().id;

        struct Row
        {
            const char* what;
            double ms;
        };
        std::vector<Row> rows{
            {"open the register (probe, quick_check, pragmas)", openMs},
            {"tree: children of the municipality", medianMs(repeats, [&] { reg->units().children(root); })},
            {"tree: children of every board (first expand)",
             medianMs(repeats,
                      [&] {
                          for (const auto& n : reg->units().children(root))
                              reg->units().children(n.unit.id);
                      })},
            {"scope selector: candidate units", medianMs(repeats, [&] { reg->units().scopeCandidates(); })},
            {"people: first page of 200, whole municipality, by name", medianMs(repeats,
                                                                                [&] {
                                                                                    PersonQuery q;
                                                                                    q.limit = 200;
                                                                                    reg->people().list(q);
                                                                                })},
            {"people: count, whole municipality",
             medianMs(repeats, [&] { reg->people().count(PersonQuery()); })},
            {"people: first page of 200, one administration", medianMs(repeats,
                                                                       [&] {
                                                                           PersonQuery q;
                                                                           q.scopeUnitId = admin;
                                                                           q.limit = 200;
                                                                           reg->people().list(q);
                                                                       })},
            {"people: search 'lund', whole municipality", medianMs(repeats,
                                                                   [&] {
                                                                       PersonQuery q;
                                                                       q.text = QStringLiteral("lund");
                                                                       q.limit = 200;
                                                                       reg->people().list(q);
                                                                   })},
            {"assignments active today, whole municipality",
             medianMs(repeats, [&] { reg->assignments().list(0, QDate::currentDate()); })},
            {"staffing overview, whole municipality",
             medianMs(repeats, [&] { reg->staffing().overview(QDate::currentDate()); })},
        };
        out << "| operation | median ms |\n|---|---:|\n";
        for (const Row& r : rows)
            out << "| " << r.what << " | " << QString::number(r.ms, 'f', 2) << " |\n";
        out << "\n"
            << reg->units().count() << " units, " << reg->people().count() << " people, "
            << reg->assignments().count() << " assignments; median of " << repeats << " runs\n";
    });
}
