// sakra-cli retention: rules set, a dry run that changes nothing, a run that clears and says where
// its backup is, and clear messages for wrong input.
#include "TestRegister.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sakra;

TEST_CASE("sakra-cli retention sets rules, previews without writing and clears with a backup",
          "[cli][retention]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("gen.sakra"));
    qputenv("SAKRA_BACKUP_DIR", dir.filePath(QStringLiteral("backups")).toUtf8());
    REQUIRE(
        runCli({QStringLiteral("generate"), file, QStringLiteral("--scale"), QStringLiteral("small")}).code ==
        0);

    const CliRun none = runCli({QStringLiteral("retention"), file, QStringLiteral("--dry-run")});
    REQUIRE(none.code == 0);
    CHECK(QJsonDocument::fromJson(none.out.toUtf8())
              .object()
              .value(QStringLiteral("records"))
              .toArray()
              .isEmpty());

    const CliRun set = runCli({QStringLiteral("retention"), file, QStringLiteral("--set"),
                               QStringLiteral("incident=36,threat_assessment=24"), QStringLiteral("--set"),
                               QStringLiteral("person_left=12")});
    REQUIRE(set.code == 0);
    const QJsonObject planned = QJsonDocument::fromJson(set.out.toUtf8()).object();
    CHECK(planned.value(QStringLiteral("rules")).toObject().value(QStringLiteral("incident")).toInt() == 36);
    CHECK(planned.value(QStringLiteral("rules")).toObject().value(QStringLiteral("person_left")).toInt() ==
          12);
    const int due =
        planned.value(QStringLiteral("counts")).toObject().value(QStringLiteral("incident")).toInt();
    REQUIRE(due > 0);
    CHECK(planned.value(QStringLiteral("records")).toArray().size() == due);
    // A record in the preview: kind, uuid, date, unit and what, never the text.
    const QJsonObject first = planned.value(QStringLiteral("records")).toArray().first().toObject();
    CHECK(first.keys() == QStringList{QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("unit"),
                                      QStringLiteral("uuid"), QStringLiteral("what")});

    const QByteArray before = fileBytes(file);
    const CliRun dry = runCli({QStringLiteral("retention"), file, QStringLiteral("--dry-run")});
    REQUIRE(dry.code == 0);
    CHECK(fileBytes(file) == before);
    CHECK(QJsonDocument::fromJson(dry.out.toUtf8()).object().value(QStringLiteral("dryRun")).toBool());

    const CliRun run = runCli({QStringLiteral("retention"), file});
    REQUIRE(run.code == 0);
    const QJsonObject done = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK_FALSE(done.value(QStringLiteral("dryRun")).toBool());
    CHECK(done.value(QStringLiteral("counts")).toObject().value(QStringLiteral("incident")).toInt() == due);
    CHECK(QFileInfo::exists(done.value(QStringLiteral("backup")).toString()));
    CHECK(runCli({QStringLiteral("verify"), file}).code == 0);

    const CliRun again = runCli({QStringLiteral("retention"), file});
    REQUIRE(again.code == 0);
    const QJsonObject second = QJsonDocument::fromJson(again.out.toUtf8()).object();
    CHECK(second.value(QStringLiteral("records")).toArray().isEmpty());
    CHECK(second.value(QStringLiteral("backup")).isNull());
    qunsetenv("SAKRA_BACKUP_DIR");
}

TEST_CASE("sakra-cli retention gives clear messages for wrong input", "[cli][retention][refusal]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("r.sakra"));
    REQUIRE(runCli({QStringLiteral("init"), file}).code == 0);
    const QByteArray before = fileBytes(file);

    const CliRun unknown =
        runCli({QStringLiteral("retention"), file, QStringLiteral("--set"), QStringLiteral("risk=12")});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.contains(QStringLiteral("okänt slag av post: risk")));
    const CliRun negative =
        runCli({QStringLiteral("retention"), file, QStringLiteral("--set"), QStringLiteral("incident=-3")});
    CHECK(negative.code == 2);
    CHECK(negative.err.contains(QStringLiteral("incident=-3: antalet månader")));
    const CliRun words =
        runCli({QStringLiteral("retention"), file, QStringLiteral("--set"), QStringLiteral("incident=tre")});
    CHECK(words.code == 2);
    CHECK(runCli({QStringLiteral("retention")}).code == 2);
    CHECK(runCli({QStringLiteral("retention"), file, QStringLiteral("--forever")}).code == 2);
    CHECK(fileBytes(file) == before);

    const CliRun missing = runCli({QStringLiteral("retention"), dir.filePath(QStringLiteral("borta.sakra"))});
    CHECK(missing.code == 1);
    CHECK(missing.err.startsWith(QStringLiteral("sakra-cli: Filen ")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("borta.sakra"))));

    const CliRun english =
        runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("retention"), file,
                QStringLiteral("--set"), QStringLiteral("person=1")});
    CHECK(english.code == 2);
    CHECK(english.err.contains(QStringLiteral("person")));
}
