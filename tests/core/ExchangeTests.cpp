#include "TestRegister.h"

#include "exchange/Generator.h"
#include "exchange/ImportError.h"
#include "exchange/JsonExporter.h"
#include "exchange/JsonImporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    const int expectedUnits = 1 + n.boards + (n.administrations + n.companies) * (1 + n.departmentsPerAdministration * (1 + n.unitsPerDepartment));
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
    CHECK_FALSE(plain.contains("threat_assessment"));
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
