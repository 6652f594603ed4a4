// A write cut off half-way (power cut, crash, killed process) leaves a hot journal beside the
// register: the register is not damaged, and no command may call it so or throw the journal away.
#include "TestRegister.h"
#include "storage/InterruptedWrite.h"
#include "storage/Query.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace sakra;

namespace {

// Leaves at copy what a crash in the middle of a large write leaves: the register with pages of an
// unfinished transaction already written to it, and the journal that undoes them. A small page
// cache makes SQLite write changed pages to the file before the commit, as a large import does.
void makeInterruptedCopy(const QString& source, const QString& copy)
{
    withRawConnection(source, [&](QSqlQuery& q) {
        REQUIRE(q.exec(QStringLiteral("PRAGMA cache_size = 2")));
        REQUIRE(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        REQUIRE(q.exec(QStringLiteral("UPDATE org_unit SET note = hex(randomblob(1500))")));
        REQUIRE(q.exec(QStringLiteral("UPDATE person SET title = hex(randomblob(1500))")));
        REQUIRE(QFile::copy(source, copy));
        REQUIRE(QFile::copy(source + QStringLiteral("-journal"), copy + QStringLiteral("-journal")));
        REQUIRE(q.exec(QStringLiteral("ROLLBACK")));
    });
}

QString notesOf(Database& db)
{
    Query q(db,
            QStringLiteral("SELECT group_concat(note, '|') FROM (SELECT note FROM org_unit ORDER BY id)"));
    return q.scalar().toString();
}

struct InterruptedFixture
{
    TestRegister reg{true};
    QString copy = reg.file(QStringLiteral("avbruten.sakra"));
    QString notesBefore;

    InterruptedFixture()
    {
        notesBefore = notesOf(reg->database());
        makeInterruptedCopy(reg.path(), copy);
    }
};

} // namespace

TEST_CASE("a register with a hot journal is found interrupted, not damaged", "[storage][crash]")
{
    InterruptedFixture f;
    CHECK(InterruptedWrite::detect(f.copy));
    // The register itself has no journal and is not interrupted.
    CHECK_FALSE(InterruptedWrite::detect(f.reg.path()));

    // A read-only open refuses it as interrupted and leaves file and journal exactly as they were.
    const QByteArray file = fileBytes(f.copy);
    const QByteArray journal = fileBytes(InterruptedWrite::journalPath(f.copy));
    Database readOnly;
    CHECK_THROWS_AS(readOnly.openReadOnly(f.copy), InterruptedWriteError);
    CHECK_THROWS_WITH(readOnly.openReadOnly(f.copy),
                      Catch::Contains("sakra-cli recover") && !Catch::Contains("skadad"));
    CHECK(fileBytes(f.copy) == file);
    CHECK(fileBytes(InterruptedWrite::journalPath(f.copy)) == journal);
}

TEST_CASE("opening an interrupted register copies it aside, rolls back and keeps the last completed state",
          "[storage][crash]")
{
    InterruptedFixture f;
    const QByteArray file = fileBytes(f.copy);
    const QByteArray journal = fileBytes(InterruptedWrite::journalPath(f.copy));

    auto reg = Register::open(f.copy);
    const QString folder = reg->database().interruptedCopy();
    REQUIRE_FALSE(folder.isEmpty());
    CHECK(QFileInfo(folder).fileName().startsWith(QStringLiteral("avbruten.sakra.interrupted-")));
    CHECK(QFileInfo(folder).absolutePath() == QFileInfo(f.copy).absolutePath());
    // Both copies are byte for byte what the crash left, readable by the owner only.
    const QString savedFile = QDir(folder).filePath(QStringLiteral("avbruten.sakra"));
    const QString savedJournal = QDir(folder).filePath(QStringLiteral("avbruten.sakra-journal"));
    CHECK(fileBytes(savedFile) == file);
    CHECK(fileBytes(savedJournal) == journal);
    CHECK(QFileInfo(savedFile).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK(QFileInfo(savedJournal).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK((QFileInfo(folder).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther)) == 0);

    // The unfinished change is gone; everything before it is there.
    CHECK(notesOf(reg->database()) == f.notesBefore);
    CHECK(reg->database().integrityProblem().isEmpty());
    CHECK_FALSE(InterruptedWrite::detect(f.copy));
    CHECK(reg->units().subtreeIds(reg->units().root()->id).size() > 5);

    // The message says what happened in plain words, never that the file is damaged.
    const QString message = InterruptedWrite::recoveredMessage(f.copy, folder);
    CHECK(message.contains(QStringLiteral("avbröts")));
    CHECK(message.contains(QStringLiteral("senaste fullständiga ändringen")));
    CHECK_FALSE(message.contains(QStringLiteral("skadad")));

    // A second open finds nothing to recover.
    reg.reset();
    reg = Register::open(f.copy);
    CHECK(reg->database().interruptedCopy().isEmpty());
}

TEST_CASE("read-only commands exit 3 on an interrupted register and recover brings it back", "[cli][crash]")
{
    InterruptedFixture f;
    const QByteArray file = fileBytes(f.copy);
    const QString out = f.reg.file(QStringLiteral("ut"));
    const QList<QStringList> readOnly = {
        {QStringLiteral("check"), f.copy},
        {QStringLiteral("stats"), f.copy},
        {QStringLiteral("export"), f.copy, QStringLiteral("--out"), out + QStringLiteral(".json")},
        {QStringLiteral("assess"), f.copy},
        {QStringLiteral("report"), f.copy, QStringLiteral("--kind"), QStringLiteral("measures"),
         QStringLiteral("--out"), out + QStringLiteral(".pdf")},
        {QStringLiteral("verify"), f.copy},
        {QStringLiteral("backup"), f.copy, QStringLiteral("--out"), out + QStringLiteral(".sakra")},
    };
    for (const QStringList& args : readOnly) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const CliRun run = runCli(args);
        CHECK(run.code == 3);
        CHECK(run.out.isEmpty());
        // Exactly one line, naming the command that helps; never "damaged".
        CHECK(run.err.count(QLatin1Char('\n')) == 1);
        CHECK(run.err.contains(QStringLiteral("sakra-cli recover %1").arg(QDir::toNativeSeparators(f.copy))));
        CHECK_FALSE(run.err.contains(QStringLiteral("skadad")));
        CHECK(fileBytes(f.copy) == file);
        CHECK(QFileInfo::exists(InterruptedWrite::journalPath(f.copy)));
    }
    CHECK_FALSE(QFileInfo::exists(out + QStringLiteral(".json")));
    CHECK_FALSE(QFileInfo::exists(out + QStringLiteral(".pdf")));
    CHECK_FALSE(QFileInfo::exists(out + QStringLiteral(".sakra")));

    const CliRun recover = runCli({QStringLiteral("recover"), f.copy});
    CHECK(recover.code == 0);
    CHECK(recover.err.isEmpty());
    CHECK(recover.out.contains(QStringLiteral("har ångrats")));
    const QStringList folders = QDir(QFileInfo(f.copy).absolutePath())
                                    .entryList({QStringLiteral("avbruten.sakra.interrupted-*")}, QDir::Dirs);
    REQUIRE(folders.size() == 1);
    CHECK(recover.out.contains(folders.first()));
    CHECK(fileBytes(QDir(QFileInfo(f.copy).absolutePath())
                        .filePath(folders.first() + QStringLiteral("/avbruten.sakra"))) == file);

    const CliRun check = runCli({QStringLiteral("check"), f.copy});
    CHECK(check.code == 0);
    CHECK(check.err.isEmpty());
    // Nothing left to recover: said so, exit 0, no second folder.
    const CliRun again = runCli({QStringLiteral("recover"), f.copy});
    CHECK(again.code == 0);
    CHECK(again.out.contains(QStringLiteral("ingen avbruten ändring")));
    CHECK(QDir(QFileInfo(f.copy).absolutePath())
              .entryList({QStringLiteral("avbruten.sakra.interrupted-*")}, QDir::Dirs)
              .size() == 1);
}

TEST_CASE("a writing command recovers an interrupted register first and says so", "[cli][crash]")
{
    InterruptedFixture f;
    const QString json = f.reg.file(QStringLiteral("data.json"));
    REQUIRE(runCli({QStringLiteral("export"), f.reg.path(), QStringLiteral("--out"), json}).code == 0);
    // import refuses a register with data, but only after the open has rolled back and reported.
    const CliRun run = runCli({QStringLiteral("import"), f.copy, QStringLiteral("--in"), json});
    CHECK(run.err.contains(QStringLiteral("har ångrats")));
    CHECK_FALSE(InterruptedWrite::detect(f.copy));
    Database db;
    db.openReadOnly(f.copy);
    CHECK(notesOf(db) == f.notesBefore);
}

TEST_CASE("recover refuses a missing file and wrong usage", "[cli][crash][refusal]")
{
    TestRegister reg;
    CHECK(runCli({QStringLiteral("recover")}).code == 2);
    CHECK(runCli({QStringLiteral("recover"), reg.path(), QStringLiteral("extra")}).code == 2);
    const CliRun missing = runCli({QStringLiteral("recover"), reg.file(QStringLiteral("saknas.sakra"))});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("finns inte")));
    // A journal of nothing (empty) is not an interrupted write.
    QFile empty(InterruptedWrite::journalPath(reg.path()));
    REQUIRE(empty.open(QIODevice::WriteOnly));
    empty.close();
    CHECK_FALSE(InterruptedWrite::detect(reg.path()));
    CHECK(runCli({QStringLiteral("recover"), reg.path()})
              .out.contains(QStringLiteral("ingen avbruten ändring")));
}
