#include "CommandLine.h"
#include "TestRegister.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sakra;

TEST_CASE("sakra-cli init, check and stats on the demo register", "[cli]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.sakra"));
    REQUIRE(runCli({QStringLiteral("init"), file, QStringLiteral("--demo")}).code == 0);
    const QByteArray before = fileBytes(file);
    const CliRun check = runCli({QStringLiteral("check"), file});
    CHECK(check.code == 0);
    CHECK(check.err.isEmpty());
    CHECK(fileBytes(file) == before); // check never writes
    const CliRun stats = runCli({QStringLiteral("stats"), file});
    REQUIRE(stats.code == 0);
    const QJsonObject counts = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    CHECK(counts.value(QStringLiteral("units")).toInt() == 54);
    CHECK(counts.value(QStringLiteral("sites")).toInt() == 17);
    CHECK(counts.value(QStringLiteral("people")).toInt() == 34);
    CHECK(counts.value(QStringLiteral("assignments")).toInt() == 31);
    // Two levels for each of the nine administrations, a further row where another board pays one
    // coordinator (three), the strategic level and two related posts.
    CHECK(counts.value(QStringLiteral("plannedPosts")).toInt() == 24);
    CHECK(counts.value(QStringLiteral("unitBoards")).toInt() == 2);
    CHECK(counts.value(QStringLiteral("budgetLines")).toInt() == 40);
    CHECK(counts.value(QStringLiteral("historyEntries")).toInt() > 200);
}

TEST_CASE("sakra-cli check gives one clear line and a non-zero exit for a bad file", "[cli][refusal]")
{
    QTemporaryDir dir;
    const QString text = QStringLiteral(SAKRA_TEST_DATA) + QStringLiteral("/open/notes.txt");
    const QByteArray before = fileBytes(text);
    for (const QString& path :
         {text, dir.filePath(QStringLiteral("missing.sakra")), dir.path(),
          QStringLiteral(SAKRA_TEST_DATA) + QStringLiteral("/open/newer-version.sakra")}) {
        INFO(path.toStdString());
        const CliRun run = runCli({QStringLiteral("check"), path});
        CHECK(run.code == 1);
        CHECK(run.out.isEmpty());
        CHECK(run.err.count(QLatin1Char('\n')) == 1);
        CHECK(run.err.startsWith(QStringLiteral("sakra-cli: ")));
    }
    CHECK(fileBytes(text) == before);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("missing.sakra"))));
}

TEST_CASE("sakra-cli export and import round trip, all or nothing", "[cli][exchange]")
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.sakra"));
    const QString copy = dir.filePath(QStringLiteral("copy.sakra"));
    const QString a = dir.filePath(QStringLiteral("a.json"));
    const QString b = dir.filePath(QStringLiteral("b.json"));
    REQUIRE(runCli({QStringLiteral("init"), demo, QStringLiteral("--demo")}).code == 0);
    REQUIRE(runCli({QStringLiteral("export"), demo, QStringLiteral("--out"), a}).code == 0);
    CHECK(QFileInfo(a).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    REQUIRE(runCli({QStringLiteral("init"), copy}).code == 0);
    REQUIRE(runCli({QStringLiteral("import"), copy, QStringLiteral("--in"), a}).code == 0);
    REQUIRE(runCli({QStringLiteral("export"), copy, QStringLiteral("--out"), b}).code == 0);
    CHECK(fileBytes(a) == fileBytes(b));

    const QString fresh = dir.filePath(QStringLiteral("fresh.sakra"));
    REQUIRE(runCli({QStringLiteral("init"), fresh}).code == 0);
    const CliRun bad =
        runCli({QStringLiteral("import"), fresh, QStringLiteral("--in"),
                QStringLiteral(SAKRA_TEST_DATA) + QStringLiteral("/import/dangling-reference.json")});
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("tables.assignment[0].person_id")));
    const CliRun stats = runCli({QStringLiteral("stats"), fresh});
    CHECK(QJsonDocument::fromJson(stats.out.toUtf8()).object().value(QStringLiteral("units")).toInt() == 0);
}

TEST_CASE("sakra-cli refuses wrong usage with exit code 2", "[cli]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("x.sakra"));
    CHECK(runCli({}).code == 2);
    CHECK(runCli({QStringLiteral("frobnicate")}).code == 2);
    CHECK(runCli({QStringLiteral("init")}).code == 2);
    CHECK(runCli({QStringLiteral("init"), file, QStringLiteral("--demon")}).code == 2);
    CHECK(runCli({QStringLiteral("export"), file}).code == 2);
    CHECK(runCli({QStringLiteral("import"), file, QStringLiteral("--in")}).code == 2);
    CHECK(runCli({QStringLiteral("generate"), file, QStringLiteral("--scale"), QStringLiteral("galaxy")})
              .code == 2);
    CHECK_FALSE(QFileInfo::exists(file));
    const CliRun help = runCli({QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.contains(QStringLiteral("generate FIL --scale")));
    CHECK(runCli({QStringLiteral("--version")}).out.startsWith(QStringLiteral("sakra-cli ")));
    REQUIRE(runCli({QStringLiteral("init"), file}).code == 0);
    CHECK(runCli({QStringLiteral("init"), file}).code == 1); // exists already
}

TEST_CASE("sakra-cli generate makes a sound register of the asked scale", "[cli][generator]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("small.sakra"));
    const CliRun run =
        runCli({QStringLiteral("generate"), file, QStringLiteral("--scale"), QStringLiteral("small")});
    REQUIRE(run.code == 0);
    CHECK(runCli({QStringLiteral("check"), file}).code == 0);
    const QJsonObject counts =
        QJsonDocument::fromJson(runCli({QStringLiteral("stats"), file}).out.toUtf8()).object();
    CHECK(counts.value(QStringLiteral("units")).toInt() ==
          49); // the municipality, 3 boards and 5 administrations with theirs
    CHECK(counts.value(QStringLiteral("people")).toInt() > 50);
    CHECK(counts.value(QStringLiteral("assignments")).toInt() > 5);
    // Not over a register that holds data.
    CHECK(
        runCli({QStringLiteral("generate"), file, QStringLiteral("--scale"), QStringLiteral("small")}).code ==
        1);
}

TEST_CASE("sakra-cli check reads an older register without upgrading it", "[cli][migration]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("old.sakra"));
    createOlderRegister(file, 1);
    const QByteArray before = fileBytes(file);
    const CliRun run = runCli({QStringLiteral("check"), file});
    CHECK(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("filformat 1")));
    CHECK(run.out.contains(QStringLiteral("uppgraderas")));
    CHECK(fileBytes(file) == before);
    CHECK_FALSE(QFileInfo::exists(file + QStringLiteral(".v1.bak")));
}

TEST_CASE("sakra-cli import names the place of a unit made its own ancestor", "[cli][exchange][refusal]")
{
    TestRegister reg;
    reg.close();
    const QString cycle = QStringLiteral(SAKRA_TEST_DATA) +
                          QStringLiteral("/../fuzz/corpus/json-import/broken-parent-cycle.json");
    REQUIRE(QFile::exists(cycle));
    const CliRun run = runCli({QStringLiteral("import"), reg.path(), QStringLiteral("--in"), cycle});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("lästes inte in")));
    CHECK(run.err.contains(QStringLiteral("tables.org_unit[")));
    CHECK(run.err.count(QLatin1Char('\n')) == 1);
    auto after = Register::open(reg.path());
    CHECK(after->holdsNoData()); // all or nothing
}
