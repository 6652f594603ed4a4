// Times handing out a part of a register and merging it back at the size of a whole municipality:
// the root unit handed out (every row of the register), 10,000 incidents edited and 14,000 new
// ones at the site, 1,000 edited centrally meanwhile (some of them the same: conflicts), then the
// preview and the merge of a package of about 50,000 rows.
// Usage: sakra-bench-merge FILE [REPEATS] (FILE: sakra-cli generate --scale municipality; it is
// copied, not changed).
#include "BenchTimer.h"
#include "Register.h"
#include "storage/Transaction.h"
#include "sync/Handout.h"
#include "sync/Merger.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace sakra;

namespace {

// Edits count incidents of reg from the first on, writing text into their description.
void editIncidents(Register& reg, int count, const QString& text)
{
    IncidentQuery query;
    query.limit = count;
    Transaction tx(reg.database());
    for (const auto& row : reg.incidents().list(query)) {
        Incident i = row.incident;
        i.description = text;
        reg.incidents().update(i);
    }
    tx.commit();
}

double elapsedMs(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    return runBench(app, "sakra-bench-merge", 1, [](const BenchArgs& args, QTextStream& out) {
        out << "| step | ms |\n|---|---:|\n";
        for (int run = 0; run < args.repeats; ++run) {
            QTemporaryDir dir;
            const QString central = dir.filePath(QStringLiteral("central.sakra"));
            const QString package = dir.filePath(QStringLiteral("site.sakra"));
            QFile::copy(args.path, central);
            auto reg = Register::open(central);
            Handout::Result handed;
            out << "| hand out the whole municipality | " << elapsedMs([&] {
                handed = Handout::make(reg->database(),
                                       {reg->units().root()->id, QStringLiteral("bench"), package});
            }) << " |\n";
            qint64 created = 0;
            {
                auto site = Register::open(package);
                out << "| site: 10,000 incidents edited and 14,000 new, one transaction | " << elapsedMs([&] {
                    editIncidents(*site, 10000, QStringLiteral("Ändrad på platsen"));
                    IncidentQuery first;
                    first.limit = 1;
                    Incident copy = site->incidents().list(first).front().incident;
                    Transaction tx(site->database());
                    for (int i = 0; i < 14000; ++i) {
                        copy.description = QStringLiteral("Ny på platsen %1").arg(i);
                        site->incidents().create(copy);
                        ++created;
                    }
                    tx.commit();
                }) << " |\n";
            }
            editIncidents(*reg, 1000, QStringLiteral("Ändrad centralt"));
            Merger merger(reg->database());
            MergePlan plan;
            out << "| preview | " << elapsedMs([&] { plan = merger.preview(package); }) << " |\n";
            MergeApplier::Result result;
            out << "| merge (site preferred), one transaction | " << elapsedMs([&] {
                result = merger.apply(package, plan, Merger::preferAll(plan, MergeDecision::Choice::Site));
            }) << " |\n";
            out << "\npackage rows: " << handed.ownedRows + handed.referenceRows + created << " ("
                << handed.ownedRows << " handed out, " << handed.referenceRows << " reference, " << created
                << " new at the site); " << plan.automatic.size() << " automatic changes, "
                << plan.conflicts.size() << " conflicts; " << result.created << " created, " << result.updated
                << " updated, " << result.historyEntries << " history entries from the site\n";
        }
    });
}
