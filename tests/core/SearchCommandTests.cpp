#include "TestRegister.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <map>

using namespace sakra;

namespace {

QJsonArray hitsOf(const CliRun& run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    return doc.array();
}

} // namespace

TEST_CASE("sakra-cli search prints the hits of every area as JSON and never writes", "[cli][search]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.sakra"));
    REQUIRE(runCli({QStringLiteral("init"), file, QStringLiteral("--demo")}).code == 0);
    const QByteArray before = fileBytes(file);

    const CliRun run = runCli({QStringLiteral("search"), file, QStringLiteral("hot")});
    REQUIRE(run.code == 0);
    CHECK(run.err.isEmpty());
    const QJsonArray hits = hitsOf(run);
    REQUIRE(hits.size() > 3);
    std::map<QString, int> perArea;
    for (const QJsonValue& v : hits) {
        const QJsonObject hit = v.toObject();
        CHECK(hit.keys() == QStringList{QStringLiteral("area"), QStringLiteral("title"),
                                        QStringLiteral("unit"), QStringLiteral("uuid")});
        CHECK(hit.value(QStringLiteral("uuid")).toString().size() == 36);
        CHECK_FALSE(hit.value(QStringLiteral("title")).toString().isEmpty());
        CHECK((hit.value(QStringLiteral("unit")).isString() || hit.value(QStringLiteral("unit")).isNull()));
        ++perArea[hit.value(QStringLiteral("area")).toString()];
    }
    CHECK(perArea.count(QStringLiteral("risk")) == 1);
    CHECK(perArea.count(QStringLiteral("incident")) == 1);
    CHECK(perArea.count(QStringLiteral("threatAssessment")) == 0);

    // The demo's threat assessment is found only when asked for.
    const CliRun restricted = runCli(
        {QStringLiteral("search"), file, QStringLiteral("hot"), QStringLiteral("--include-restricted")});
    REQUIRE(restricted.code == 0);
    int assessments = 0;
    for (const QJsonValue& v : hitsOf(restricted))
        assessments +=
            v.toObject().value(QStringLiteral("area")).toString() == QLatin1String("threatAssessment");
    CHECK(assessments >= 1);
    CHECK(hitsOf(restricted).size() == hits.size() + assessments);

    const CliRun one = runCli({QStringLiteral("search"), file, QStringLiteral("hot"),
                               QStringLiteral("--limit"), QStringLiteral("1")});
    REQUIRE(one.code == 0);
    CHECK(hitsOf(one).size() == int(perArea.size())); // one per area that had any
    const CliRun none = runCli({QStringLiteral("search"), file, QStringLiteral("xyzzyq")});
    REQUIRE(none.code == 0);
    CHECK(hitsOf(none).isEmpty());
    CHECK(fileBytes(file) == before);
}

TEST_CASE("sakra-cli search refuses wrong usage, a missing file and an older register",
          "[cli][search][refusal]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.sakra"));
    REQUIRE(runCli({QStringLiteral("init"), file}).code == 0);
    const QString search = QStringLiteral("search");
    const QString limit = QStringLiteral("--limit");
    for (const QStringList& args :
         {QStringList{search}, QStringList{search, file},
          QStringList{search, file, QStringLiteral("a"), QStringLiteral("b")},
          QStringList{search, file, QStringLiteral("hot"), limit},
          QStringList{search, file, QStringLiteral("hot"), limit, QStringLiteral("0")},
          QStringList{search, file, QStringLiteral("hot"), limit, QStringLiteral("-3")},
          QStringList{search, file, QStringLiteral("hot"), limit, QStringLiteral("tre")},
          QStringList{search, file, QStringLiteral("hot"), limit, QStringLiteral("1"), limit,
                      QStringLiteral("2")},
          QStringList{search, file, QStringLiteral("hot"), QStringLiteral("--everything")},
          QStringList{search, file, QStringLiteral("%*\" -")}, QStringList{search, file, QString()}}) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const CliRun run = runCli(args);
        CHECK(run.code == 2);
        CHECK(run.out.isEmpty());
        CHECK(run.err.startsWith(QStringLiteral("sakra-cli: ")));
    }
    const CliRun missing =
        runCli({search, dir.filePath(QStringLiteral("missing.sakra")), QStringLiteral("hot")});
    CHECK(missing.code == 1);
    CHECK(missing.out.isEmpty());
    CHECK(missing.err.count(QLatin1Char('\n')) == 1);

    const QString old = dir.filePath(QStringLiteral("old.sakra"));
    createOlderRegister(old, 8);
    const QByteArray before = fileBytes(old);
    const CliRun older = runCli({search, old, QStringLiteral("hot")});
    CHECK(older.code == 1);
    CHECK(older.err.contains(QStringLiteral("äldre filformat")));
    CHECK(fileBytes(old) == before);
}
