// Kills real write work with SIGKILL at random moments and checks the register after recovery:
// sound, exactly as before or after each transaction, no reported commit lost.
//
//   sakra-crash-test N [--seed S] [--verbose] [--unsafe]
//
// --unsafe kills a worker that commits each write of a round on its own, so the checks must
// report partial transactions (the test of the test).
// ends with one line on standard output: "N kills: X integrity failures, Y partial transactions,
// Z lost commits"; the exit code is 0 only when all three are 0. scripts/crash-test.sh runs it.
#include "CrashChecks.h"
#include "CrashWorker.h"
#include "Register.h"
#include "exchange/DemoMunicipality.h"
#include "exchange/Generator.h"
#include "exchange/JsonExporter.h"
#include "storage/Errors.h"
#include "storage/InterruptedWrite.h"
#include "storage/Query.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>

using namespace sakra;
using namespace sakra::crash;

namespace {

struct Templates
{
    QString demo;  // the demo municipality: edits, matrix and drafts work on a copy
    QString empty; // a new register: import and generate fill a copy
    QString json;  // the export of a generated register, what import reads
    Counts emptyCounts;
    Counts importedCounts;
    Counts generatedCounts;
    int matrixVersion = 0;
    qint64 importMs = 0;
    qint64 generateMs = 0;
};

const QStringList kModes = {QStringLiteral("edits"), QStringLiteral("import"), QStringLiteral("matrix"),
                            QStringLiteral("generate"), QStringLiteral("drafts")};

void copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    QFile::remove(InterruptedWrite::journalPath(to));
    if (!QFile::copy(from, to))
        throw Error(QStringLiteral("cannot copy %1 to %2").arg(from, to));
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}

QStringList workerArgs(const QString& mode, const QString& file, const Templates& t, bool smallCache = false)
{
    QStringList args{QStringLiteral("--worker"), mode, file};
    if (mode == QLatin1String("import"))
        args << t.json;
    if (smallCache)
        args << QStringLiteral("--small-cache");
    return args;
}

// Runs a worker to its end and returns how long it took (import and generate).
qint64 timeWorker(const QString& mode, const QString& file, const Templates& t)
{
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(QCoreApplication::applicationFilePath(), workerArgs(mode, file, t));
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        throw Error(QStringLiteral("the %1 worker failed: %2")
                        .arg(mode, QString::fromLocal8Bit(p.readAllStandardError())));
    return timer.elapsed();
}

Templates prepare(const QTemporaryDir& dir)
{
    Templates t;
    t.demo = dir.filePath(QStringLiteral("demo.sakra"));
    t.empty = dir.filePath(QStringLiteral("empty.sakra"));
    t.json = dir.filePath(QStringLiteral("generated.json"));
    {
        auto demo = Register::create(t.demo);
        DemoMunicipality::populate(*demo);
        t.matrixVersion = int(
            Query(demo->database(), QStringLiteral("SELECT row_version FROM risk_matrix")).scalar().toInt());
    }
    t.emptyCounts = Register::create(t.empty)->stats();
    const QString generated = dir.filePath(QStringLiteral("generated.sakra"));
    copyFile(t.empty, generated);
    t.generateMs = timeWorker(QStringLiteral("generate"), generated, t);
    {
        auto reg = Register::open(generated);
        t.generatedCounts = reg->stats();
        QFile out(t.json);
        if (!out.open(QIODevice::WriteOnly))
            throw Error(QStringLiteral("cannot write %1").arg(t.json));
        out.write(JsonExporter::exportRegister(*reg, true));
    }
    const QString imported = dir.filePath(QStringLiteral("imported.sakra"));
    copyFile(t.empty, imported);
    t.importMs = timeWorker(QStringLiteral("import"), imported, t);
    t.importedCounts = Register::open(imported)->stats();
    return t;
}

int lastCommitted(const QByteArray& output)
{
    int last = 0;
    for (const QByteArray& line : output.split('\n'))
        if (line.startsWith("committed "))
            last = line.mid(10).toInt();
    return last;
}

struct Kill
{
    Findings findings;
    bool finishedFirst = false;
    bool hotJournal = false;
    int reported = 0;
};

Kill killOnce(const QString& mode, const QString& file, const Templates& t, QRandomGenerator& rng,
              bool smallCache)
{
    Kill k;
    const bool oneShot = mode == QLatin1String("import") || mode == QLatin1String("generate");
    copyFile(oneShot ? t.empty : t.demo, file);
    // Within the time the work takes when it is not killed (a little less: the start counts too).
    const qint64 span = mode == QLatin1String("import")     ? t.importMs
                        : mode == QLatin1String("generate") ? t.generateMs
                                                            : 1500;
    const qint64 delay = qint64(rng.bounded(double(std::max<qint64>(span * 9 / 10, 20))));

    QProcess p;
    p.start(QCoreApplication::applicationFilePath(), workerArgs(mode, file, t, smallCache));
    if (!p.waitForStarted())
        throw Error(QStringLiteral("cannot start the worker"));
    k.finishedFirst = p.waitForFinished(int(delay));
    if (!k.finishedFirst) {
        p.kill(); // SIGKILL: no destructor, no rollback, no flush
        p.waitForFinished();
    }
    k.reported = lastCommitted(p.readAllStandardOutput());
    k.hotJournal = InterruptedWrite::detect(file);

    std::unique_ptr<Register> reg;
    try {
        // As the GUI and every writing command open it: copy aside, roll back, check.
        reg = Register::open(file);
    } catch (const Error& e) {
        ++k.findings.integrityFailures;
        k.findings.details << QStringLiteral("does not open: %1").arg(e.message());
        return k;
    }
    k.findings.add(checkSoundness(*reg));
    if (mode.startsWith(QLatin1String("edits")))
        k.findings.add(checkEdits(*reg, k.reported));
    else if (mode == QLatin1String("import"))
        k.findings.add(checkAllOrNothing(*reg, t.emptyCounts, t.importedCounts, k.reported));
    else if (mode == QLatin1String("generate"))
        k.findings.add(checkAllOrNothing(*reg, t.emptyCounts, t.generatedCounts, k.reported));
    else if (mode == QLatin1String("matrix"))
        k.findings.add(checkMatrix(*reg, t.matrixVersion, k.reported));
    else
        k.findings.add(checkDrafts(*reg, k.reported));
    return k;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    try {
        if (!args.isEmpty() && args.first() == QLatin1String("--worker"))
            return runWorker(args.mid(1));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "worker: %s\n", e.what());
        return 1;
    }

    bool numberOk = false;
    const int kills = args.isEmpty() ? 20 : args.first().toInt(&numberOk);
    if (!args.isEmpty() && (!numberOk || kills <= 0)) {
        std::fprintf(stderr, "usage: sakra-crash-test N [--seed S] [--verbose] [--unsafe]\n");
        return 2;
    }
    const qsizetype seedAt = args.indexOf(QStringLiteral("--seed"));
    const quint32 seed = seedAt >= 0 && seedAt + 1 < args.size() ? args.at(seedAt + 1).toUInt()
                                                                 : QRandomGenerator::system()->generate();
    const bool verbose = args.contains(QStringLiteral("--verbose"));
    const bool unsafe = args.contains(QStringLiteral("--unsafe"));
    QRandomGenerator rng(seed);

    QTemporaryDir dir;
    Findings total;
    int hot = 0;
    int finished = 0;
    try {
        const Templates t = prepare(dir);
        std::fprintf(stderr, "seed %u; import takes %lld ms, generate %lld ms\n", seed, qlonglong(t.importMs),
                     qlonglong(t.generateMs));
        const QString file = dir.filePath(QStringLiteral("work.sakra"));
        for (int i = 0; i < kills; ++i) {
            const QString mode = unsafe ? QStringLiteral("edits-unsafe") : kModes.at(i % kModes.size());
            // Every other round of the modes with the small page cache.
            const Kill k = killOnce(mode, file, t, rng, (i / kModes.size()) % 2 == 1);
            hot += k.hotJournal ? 1 : 0;
            finished += k.finishedFirst ? 1 : 0;
            if (verbose || !k.findings.clean())
                std::fprintf(
                    stderr, "kill %d (%s, %d reported%s%s): %s\n", i + 1, qPrintable(mode), k.reported,
                    k.hotJournal ? ", hot journal" : "", k.finishedFirst ? ", finished first" : "",
                    k.findings.clean() ? "ok" : qPrintable(k.findings.details.join(QStringLiteral("; "))));
            total.add(k.findings);
            // Left-over copies of interrupted files are the test's, not a user's.
            for (const QString& copy :
                 QDir(dir.path()).entryList({QStringLiteral("work.sakra.interrupted-*")}, QDir::Dirs))
                QDir(dir.filePath(copy)).removeRecursively();
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "crash test could not run: %s\n", e.what());
        return 2;
    }
    std::fprintf(stderr, "%d kills left a hot journal, %d workers finished before their kill\n", hot,
                 finished);
    // Kills that never caught a write in the act would prove nothing about recovery.
    const bool exercised = unsafe || kills < 10 || hot > 0;
    if (!exercised)
        std::fprintf(stderr, "no kill left a hot journal: the recovery was not exercised\n");
    std::printf("%d kills: %d integrity failures, %d partial transactions, %d lost commits\n", kills,
                total.integrityFailures, total.partialTransactions, total.lostCommits);
    return total.clean() && exercised ? 0 : 1;
}
