#include "CommandLine.h"
#include "TestRegister.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace sakra;

namespace {

QJsonObject answerOf(const QJsonObject& unit, const char* question)
{
    for (const QJsonValue& v : unit.value(QStringLiteral("answers")).toArray())
        if (v.toObject().value(QStringLiteral("question")).toString() == QLatin1String(question))
            return v.toObject();
    return {};
}

struct CliFixture
{
    TestRegister reg;
    qint64 admin = 0, unit = 0, other = 0;

    CliFixture()
    {
        const qint64 root = reg.unit(UnitKind::Municipality, QStringLiteral("Kommunen"), 0);
        const qint64 board = reg.unit(UnitKind::Board, QStringLiteral("Socialnämnden"), root);
        admin = reg.unit(UnitKind::Administration, QStringLiteral("Socialförvaltningen"), board, board);
        unit = reg.unit(UnitKind::Unit, QStringLiteral("Mottagningen"), admin);
        const qint64 admin2 =
            reg.unit(UnitKind::Administration, QStringLiteral("Kulturförvaltningen"), board, board);
        other = reg.unit(UnitKind::Unit, QStringLiteral("Biblioteket"), admin2);
        reg.unit(UnitKind::Unit, QStringLiteral("Biblioteket"), admin); // a second unit of that name

        Routine r;
        r.title = QStringLiteral("Rutin vid hot och våld");
        r.kind = Routine::Kind::ThreatsViolence;
        r.adoptedOn = QDate::currentDate().addDays(-20);
        r.reviewMonths = 12;
        r.knownByStaff = Routine::Known::Yes;
        r.staffBriefedOn = QDate::currentDate().addDays(-10);
        reg->routineUnits().link(reg->routines().create(r), unit);

        AssessmentOverride o;
        o.unitId = unit;
        o.question = QStringLiteral("prevention");
        o.answer = AssessmentAnswer::Mostly;
        o.justification = QStringLiteral("Utbildning hölls av regionen; intyg finns hos enhetschefen.");
        reg->assessmentOverrides().create(o);
        reg.close();
    }
};

} // namespace

TEST_CASE("sakra-cli assess prints the self-assessment as JSON without touching the file",
          "[cli][assessment]")
{
    CliFixture f;
    const QByteArray before = fileBytes(f.reg.path());
    const CliRun run = runCli({QStringLiteral("assess"), f.reg.path()});
    REQUIRE(run.code == 0);
    CHECK(run.err.isEmpty());
    CHECK(fileBytes(f.reg.path()) == before);

    const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(doc.value(QStringLiteral("asOf")).toString() == QDate::currentDate().toString(Qt::ISODate));
    CHECK(doc.value(QStringLiteral("scope")).isNull());
    CHECK(doc.value(QStringLiteral("questions")).toArray().size() == 9);
    const QJsonArray units = doc.value(QStringLiteral("units")).toArray();
    REQUIRE(units.size() == 3);
    QJsonObject mottagningen;
    for (const QJsonValue& v : units)
        if (v.toObject().value(QStringLiteral("id")).toInteger() == f.unit)
            mottagningen = v.toObject();
    REQUIRE_FALSE(mottagningen.isEmpty());
    CHECK(mottagningen.value(QStringLiteral("administrationId")).toInteger() == f.admin);

    const QJsonObject routines = answerOf(mottagningen, "routines");
    CHECK(routines.value(QStringLiteral("answer")).toString() == QStringLiteral("yes"));
    CHECK(routines.value(QStringLiteral("answerLabel")).toString() == QStringLiteral("Ja"));
    CHECK_FALSE(routines.value(QStringLiteral("overridden")).toBool());
    const QJsonArray reasons = routines.value(QStringLiteral("reasons")).toArray();
    REQUIRE(reasons.size() == 3);
    CHECK(reasons.at(0).toObject().value(QStringLiteral("met")).toBool());
    CHECK(reasons.at(0)
              .toObject()
              .value(QStringLiteral("text"))
              .toString()
              .contains(QStringLiteral("Rutin vid hot och våld")));

    const QJsonObject prevention = answerOf(mottagningen, "prevention");
    CHECK(prevention.value(QStringLiteral("answer")).toString() == QStringLiteral("mostly"));
    CHECK(prevention.value(QStringLiteral("computed")).toString() == QStringLiteral("no"));
    CHECK(prevention.value(QStringLiteral("overridden")).toBool());
    CHECK(prevention.value(QStringLiteral("justification"))
              .toString()
              .startsWith(QStringLiteral("Utbildning hölls av regionen")));
    CHECK_FALSE(prevention.value(QStringLiteral("recommendations")).toArray().isEmpty());

    const QJsonObject physical = answerOf(mottagningen, "physical");
    CHECK_FALSE(physical.value(QStringLiteral("applicable")).toBool());
    CHECK(physical.value(QStringLiteral("answer")).isNull());

    const QJsonArray boards = doc.value(QStringLiteral("boards")).toArray();
    REQUIRE(boards.size() == 1);
    CHECK(boards.at(0).toObject().value(QStringLiteral("name")).toString() ==
          QStringLiteral("Socialnämnden"));
    CHECK(boards.at(0).toObject().value(QStringLiteral("units")).toInt() == 3);
    const QJsonObject boardRoutines = answerOf(boards.at(0).toObject(), "routines");
    CHECK(boardRoutines.value(QStringLiteral("answer")).toString() == QStringLiteral("partly"));
    CHECK(boardRoutines.value(QStringLiteral("unitCounts")).toObject().value(QStringLiteral("yes")).toInt() ==
          1);
    CHECK(boardRoutines.value(QStringLiteral("unitCounts")).toObject().value(QStringLiteral("no")).toInt() ==
          2);
    CHECK(doc.value(QStringLiteral("administrations")).toArray().size() == 2);
}

TEST_CASE("sakra-cli assess --scope takes a unit's name or id", "[cli][assessment]")
{
    CliFixture f;
    CliRun run = runCli({QStringLiteral("assess"), f.reg.path(), QStringLiteral("--scope"),
                         QStringLiteral("socialförvaltningen")});
    REQUIRE(run.code == 0);
    QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(doc.value(QStringLiteral("scope")).toObject().value(QStringLiteral("id")).toInteger() == f.admin);
    CHECK(doc.value(QStringLiteral("units")).toArray().size() == 2);
    CHECK(doc.value(QStringLiteral("administrations")).toArray().size() == 1);

    run =
        runCli({QStringLiteral("assess"), f.reg.path(), QStringLiteral("--scope"), QString::number(f.other)});
    REQUIRE(run.code == 0);
    doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
    REQUIRE(doc.value(QStringLiteral("units")).toArray().size() == 1);
    CHECK(doc.value(QStringLiteral("units"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("name"))
              .toString() == QStringLiteral("Biblioteket"));

    run = runCli(
        {QStringLiteral("assess"), f.reg.path(), QStringLiteral("--scope"), QStringLiteral("Fritidsgården")});
    CHECK(run.code == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("okänd enhet: Fritidsgården")));
    run =
        runCli({QStringLiteral("assess"), f.reg.path(), QStringLiteral("--scope"), QStringLiteral("987654")});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("okänd enhet")));
    run = runCli(
        {QStringLiteral("assess"), f.reg.path(), QStringLiteral("--scope"), QStringLiteral("Biblioteket")});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("flera enheter heter Biblioteket")));
}

TEST_CASE("sakra-cli assess refuses wrong usage, missing files and old registers", "[cli][assessment]")
{
    CliFixture f;
    for (const QStringList& args :
         {QStringList{QStringLiteral("assess")},
          QStringList{QStringLiteral("assess"), QStringLiteral("--scope"), QStringLiteral("x")},
          QStringList{QStringLiteral("assess"), f.reg.path(), QStringLiteral("--scope")},
          QStringList{QStringLiteral("assess"), f.reg.path(), QStringLiteral("--scope"), QStringLiteral(" ")},
          QStringList{QStringLiteral("assess"), f.reg.path(), QStringLiteral("--out"),
                      QStringLiteral("x.json")},
          QStringList{QStringLiteral("assess"), f.reg.path(), QStringLiteral("--scope"), QStringLiteral("a"),
                      QStringLiteral("--scope"), QStringLiteral("b")}}) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const CliRun run = runCli(args);
        CHECK(run.code == 2);
        CHECK(run.err.contains(QStringLiteral("assess behöver FIL")));
    }
    const CliRun missing = runCli({QStringLiteral("assess"), f.reg.file(QStringLiteral("saknas.sakra"))});
    CHECK(missing.code == 1);
    CHECK_FALSE(QFileInfo::exists(f.reg.file(QStringLiteral("saknas.sakra"))));

    const QString old = f.reg.file(QStringLiteral("old.sakra"));
    createOlderRegister(old, 4);
    const QByteArray before = fileBytes(old);
    const CliRun oldRun = runCli({QStringLiteral("assess"), old});
    CHECK(oldRun.code == 1);
    CHECK(oldRun.err.contains(QStringLiteral("äldre filformat")));
    CHECK(fileBytes(old) == before);
    CHECK(CommandLine::usage().contains(QStringLiteral("assess FIL [--scope ENHET]")));
}

TEST_CASE("sakra-cli assess on the demo municipality answers for every board", "[cli][assessment]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.sakra"));
    REQUIRE(runCli({QStringLiteral("init"), file, QStringLiteral("--demo")}).code == 0);
    const CliRun run = runCli({QStringLiteral("assess"), file});
    REQUIRE(run.code == 0);
    const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK_FALSE(doc.value(QStringLiteral("units")).toArray().isEmpty());
    const QJsonArray boards = doc.value(QStringLiteral("boards")).toArray();
    REQUIRE_FALSE(boards.isEmpty());
    for (const QJsonValue& b : boards)
        CHECK(b.toObject().value(QStringLiteral("answers")).toArray().size() == 9);
}
