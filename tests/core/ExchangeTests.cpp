#include "TestRegister.h"
#include "exchange/Generator.h"
#include "exchange/ImportError.h"
#include "exchange/JsonExporter.h"
#include "exchange/JsonImporter.h"
#include "storage/RecordStore.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace sakra;

namespace {
QByteArray fixture(const QString& name)
{
    return fileBytes(QStringLiteral(SAKRA_TEST_DATA) + QStringLiteral("/import/") + name);
}
} // namespace

TEST_CASE("export, import into a new register and export again gives identical output", "[exchange]")
{
    TestRegister source(true);
    // Include a tombstone and an edit so the history has more than creations.
    const auto sites = source->sites().all();
    Site s = sites.front();
    s.note = QStringLiteral("Larm kopplat till väktarbolaget");
    source->sites().update(s);
    Person p;
    p.name = QStringLiteral("Slutat");
    source->people().remove(source->people().create(p));

    const QByteArray first = JsonExporter::exportRegister(*source, true);
    TestRegister target;
    JsonImporter::importRegister(*target, first);
    const QByteArray second = JsonExporter::exportRegister(*target, true);
    CHECK(first == second);
    CHECK(target->threatAssessments().count() == 1);
    CHECK(target->risks().count() == source->risks().count());
    CHECK(target->stats() == source->stats());
    CHECK(target->people().count() == source->people().count());
    CHECK(target->database().integrityProblem().isEmpty());

    const QJsonObject root = QJsonDocument::fromJson(first).object();
    CHECK(root.value(QStringLiteral("format")).toString() == QStringLiteral("sakra-register"));
    CHECK(root.value(QStringLiteral("formatVersion")).toInt() == 1);
    CHECK(root.value(QStringLiteral("includesRestricted")).toBool());
    CHECK(root.value(QStringLiteral("history")).toArray().size() == source->history().count());
}

TEST_CASE("a generated register survives the round trip too", "[exchange][generator]")
{
    TestRegister source;
    Generator::generate(*source, Generator::Scale::Small);
    const auto n = Generator::countsFor(Generator::Scale::Small);
    const int expectedUnits =
        1 + n.boards +
        (n.administrations + n.companies) * (1 + n.departmentsPerAdministration * (1 + n.unitsPerDepartment));
    CHECK(source->units().count() == expectedUnits);
    CHECK(source->sites().count() == n.sites);
    CHECK(source->database().integrityProblem().isEmpty());
    const QByteArray first = JsonExporter::exportRegister(*source);
    TestRegister target;
    JsonImporter::importRegister(*target, first);
    CHECK(JsonExporter::exportRegister(*target) == first);
}

TEST_CASE("the small fixture imports", "[exchange]")
{
    TestRegister target;
    JsonImporter::importRegister(*target, fixture(QStringLiteral("valid-small.json")));
    CHECK(target->units().count() == 3);
    CHECK(target->people().count() == 1);
    CHECK(target->assignments().count() == 1);
    REQUIRE(target->units().root());
    CHECK(target->units().root()->name == QStringLiteral("Lindvalla kommun"));
}

TEST_CASE("a broken import names the place of the error and changes nothing", "[exchange][refusal]")
{
    struct Case
    {
        const char* file;
        const char* place;
    };
    const Case cases[] = {
        {"syntax-error.json", "rad 4, kolumn"},
        {"empty.json", "rad 1, kolumn 1"},
        {"not-an-object.json", "$: filen ska innehålla ett JSON-objekt"},
        {"wrong-format.json", "format: filen är ingen Säkra-export"},
        {"newer-format-version.json", "formatVersion: version 7 kan inte läsas"},
        {"tables-not-object.json", "tables: saknas"},
        {"unknown-table.json", "tables.incident_log: okänd tabell"},
        {"row-not-object.json", "tables.person[1]: ska vara ett objekt"},
        {"missing-uuid.json", "tables.site[0].uuid: värde saknas"},
        {"bad-uuid.json", "tables.site[0].uuid: är inget giltigt UUID"},
        {"duplicate-uuid.json", "tables.milestone[1].uuid: förekommer två gånger"},
        {"wrong-type.json", "tables.person[0].email: ska vara text"},
        {"fraction.json", "tables.budget_line[0].amount_kr: ska vara ett heltal"},
        {"unknown-field.json", "tables.person[0].personnummer: okänt fält"},
        {"dangling-reference.json", "tables.assignment[0].person_id: hänvisar till person"},
        {"dangling-parent.json", "tables.org_unit[2].parent_id: hänvisar till org_unit"},
        {"check-violation-late.json", "tables.budget_line[1]: raden godtas inte"},
        {"bad-kind.json", "tables.org_unit[1]: raden godtas inte"},
        {"missing-required.json", "tables.org_unit[1].name: värde saknas"},
        {"history-bad-action.json", "history[0]: raden godtas inte"},
    };
    for (const Case& c : cases) {
        INFO(c.file);
        TestRegister target;
        const auto before = target->stats();
        const QByteArray rolesBefore = JsonExporter::exportRegister(*target);
        try {
            JsonImporter::importRegister(*target, fixture(QString::fromLatin1(c.file)));
            FAIL("the import should have been refused");
        } catch (const ImportError& e) {
            INFO(e.message().toStdString());
            CHECK(e.message().startsWith(QString::fromUtf8(c.place)));
        }
        CHECK(target->stats() == before);
        CHECK(target->holdsNoData());
        CHECK(JsonExporter::exportRegister(*target) == rolesBefore); // catalogue rows untouched too
    }
}

TEST_CASE("import refuses a register that already holds data", "[exchange][refusal]")
{
    TestRegister target(true);
    const QByteArray before = JsonExporter::exportRegister(*target);
    CHECK_THROWS_WITH(JsonImporter::importRegister(*target, fixture(QStringLiteral("valid-small.json"))),
                      Catch::Contains("redan uppgifter"));
    CHECK(JsonExporter::exportRegister(*target) == before);
}

TEST_CASE("threat assessments stay out of an export unless asked for", "[exchange][restricted]")
{
    TestRegister source(true);
    REQUIRE(source->threatAssessments().count() == 1);
    const QString secret = source->threatAssessments().listRestricted(0).front().description;
    const QString uuid = source->threatAssessments().listRestricted(0).front().uuid;
    const QByteArray plain = JsonExporter::exportRegister(*source);
    // No table, row or history entry of them; the word itself may stand as a kind of record in a
    // retention rule (retention_rule.kind), which says nothing of any assessment.
    const QJsonObject exported = QJsonDocument::fromJson(plain).object();
    CHECK_FALSE(
        exported.value(QStringLiteral("tables")).toObject().contains(QStringLiteral("threat_assessment")));
    CHECK_FALSE(plain.contains("\"entity\":\"threat_assessment\""));
    CHECK_FALSE(QString::fromUtf8(plain)
                    .remove(QRegularExpression(QStringLiteral(R"(kind\\*"\s*:\s*\\*"threat_assessment)")))
                    .contains(QStringLiteral("threat_assessment")));
    CHECK_FALSE(plain.contains(uuid.toUtf8()));
    CHECK_FALSE(plain.contains(secret.toUtf8()));
    CHECK_FALSE(QJsonDocument::fromJson(plain).object().value(QStringLiteral("includesRestricted")).toBool());

    TestRegister target;
    JsonImporter::importRegister(*target, plain);
    CHECK(target->threatAssessments().count() == 0);
    CHECK(target->risks().count() == source->risks().count());

    const QByteArray full = JsonExporter::exportRegister(*source, true);
    CHECK(full.contains(secret.toUtf8()));
}

TEST_CASE("incidents, training, routines, alarms, overrides and report drafts make the round trip",
          "[exchange][incident][file]")
{
    TestRegister source(true);
    // Overrides and drafts have no demo rows; write one of each as the assessment and report areas would.
    const qint64 unit = source->units().root()->id;
    {
        Transaction tx(source->database());
        RecordStore(source->database(), Tables::assessmentOverride())
            .insert({{QStringLiteral("unit_id"), unit},
                     {QStringLiteral("question"), QStringLiteral("routines")},
                     {QStringLiteral("answer"), QStringLiteral("mostly")},
                     {QStringLiteral("justification"),
                      QStringLiteral("Rutinerna gicks igenom på APT i oktober.")},
                     {QStringLiteral("decided_on"), QStringLiteral("2026-10-30")}});
        RecordStore(source->database(), Tables::reportDraft())
            .insert({{QStringLiteral("kind"), QStringLiteral("assessment")},
                     {QStringLiteral("name"), QStringLiteral("Självskattning till KS")},
                     {QStringLiteral("scope_id"), unit},
                     {QStringLiteral("language"), QStringLiteral("sv")}});
        tx.commit();
    }
    const auto stats = source->stats();
    for (const char* table : {"incident", "incident_risk", "incident_action", "training", "routine",
                              "routine_unit", "alarm_equipment", "assessment_override", "report_draft"}) {
        INFO(table);
        const auto it = std::find_if(stats.begin(), stats.end(),
                                     [&](const auto& p) { return p.first == QLatin1String(table); });
        REQUIRE(it != stats.end());
        CHECK(it->second > 0);
    }

    const QByteArray first = JsonExporter::exportRegister(*source, true);
    TestRegister target;
    JsonImporter::importRegister(*target, first);
    CHECK(JsonExporter::exportRegister(*target, true) == first);
    CHECK(target->stats() == stats);
    CHECK(target->incidents().count() == source->incidents().count());
    // Values come back as they were, derived dates included.
    const auto trainingBefore = source->trainings().list(TrainingQuery());
    const auto trainingAfter = target->trainings().list(TrainingQuery());
    REQUIRE(trainingBefore.size() == trainingAfter.size());
    CHECK(trainingAfter.front().training.nextDue == trainingBefore.front().training.nextDue);
    CHECK(trainingAfter.front().training.uuid == trainingBefore.front().training.uuid);

    // Broken rows in the new tables are named by their place in the document.
    struct Case
    {
        const char* table;
        int row;
        const char* field;
        QJsonValue value;
        const char* place;
    };
    const Case cases[] = {
        {"incident", 3, "kind", QStringLiteral("robbery"), "tables.incident[3]: raden godtas inte"},
        {"incident", 0, "severity", 2.5, "tables.incident[0].severity: ska vara ett heltal"},
        {"incident", 1, "closed_on", QStringLiteral("1999-01-01"), "tables.incident[1]: raden godtas inte"},
        {"incident", 2, "unit_id", QJsonValue(), "tables.incident[2].unit_id: värde saknas"},
        {"incident_risk", 0, "risk_id", QStringLiteral("7d3c1c1e-0000-4000-8000-000000000000"),
         "tables.incident_risk[0].risk_id: hänvisar till risk"},
        {"training", 4, "participants", QStringLiteral("tjugo"),
         "tables.training[4].participants: ska vara ett heltal"},
        {"routine", 0, "known_by_staff", QStringLiteral("kanske"), "tables.routine[0]: raden godtas inte"},
        {"alarm_equipment", 1, "test_interval_months", 0, "tables.alarm_equipment[1]: raden godtas inte"},
        {"assessment_override", 0, "justification", QStringLiteral(" "),
         "tables.assessment_override[0]: raden godtas inte"},
        {"report_draft", 0, "personnummer", QStringLiteral("x"),
         "tables.report_draft[0].personnummer: okänt fält"},
    };
    for (const Case& c : cases) {
        INFO(c.place);
        QJsonObject root = QJsonDocument::fromJson(first).object();
        QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
        QJsonArray rows = tables.value(QLatin1String(c.table)).toArray();
        REQUIRE(rows.size() > c.row);
        QJsonObject row = rows.at(c.row).toObject();
        row.insert(QLatin1String(c.field), c.value);
        rows.replace(c.row, row);
        tables.insert(QLatin1String(c.table), rows);
        root.insert(QStringLiteral("tables"), tables);
        TestRegister broken;
        try {
            JsonImporter::importRegister(*broken, QJsonDocument(root).toJson());
            FAIL("the import should have been refused");
        } catch (const ImportError& e) {
            INFO(e.message().toStdString());
            CHECK(e.message().startsWith(QString::fromUtf8(c.place)));
        }
        CHECK(broken->holdsNoData());
    }
}
