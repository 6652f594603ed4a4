// Retention (gallring): a run clears the free text and personal references of exactly the records
// past their time, in the rows and in the history, keeps every statistic, re-seals the hash chain,
// makes a backup first that undoes it, and a second run finds nothing (docs/retention.md).
#include "TestRegister.h"
#include "exchange/Generator.h"
#include "exchange/JsonExporter.h"
#include "retention/RetentionRun.h"
#include "storage/BackupStore.h"
#include "storage/HashChain.h"
#include "storage/Query.h"
#include "storage/Schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <catch2/catch.hpp>

using namespace sakra;
using Kind = RetentionRule::Kind;

namespace {

// Every row of a query as one line of text, for comparing a table before and after.
QStringList rowsOf(Database& db, const QString& sql)
{
    Query q(db, sql);
    q.exec();
    QStringList out;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.raw().record().count(); ++i)
            cells << q.value(i).toString();
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

// What the statistics are made of and what they show: the tallies, the incidents' counted
// columns, the figures per kind, unit and quarter, the dashboard and the self-assessment.
QStringList statistics(Register& reg, const QDate& today)
{
    Database& db = reg.database();
    QStringList out = rowsOf(db, QStringLiteral("SELECT * FROM incident_tally ORDER BY 1, 2, 3"));
    out << rowsOf(
        db, QStringLiteral("SELECT id, occurred_on, occurred_time, unit_id, site_id, target, kind, "
                           "channel, severity, perpetrator, organised_crime, police_reported, serious, "
                           "authority_reported_on, support_manager, support_occupational_health, "
                           "support_crisis, follow_up, closed_on, deleted_at FROM incident ORDER BY id"));
    out << rowsOf(db, QStringLiteral("SELECT id, unit_id, assessed_on, threat_level, status, closed_on FROM "
                                     "threat_assessment ORDER BY id"));
    out << rowsOf(db, QStringLiteral("SELECT id, unit_id, deleted_at FROM person ORDER BY id"));
    IncidentStatistics& stats = reg.incidentStatistics();
    const KindCounts all = stats.perKind(0, today.addYears(-12), today);
    for (qint64 n : all.perKind)
        out << QString::number(n);
    for (const UnitIncidents& u : stats.perUnit(0, today.addYears(-12), today))
        out << QStringLiteral("%1 %2 %3").arg(u.unitId).arg(u.unitName).arg(u.counts.total());
    for (const QuarterIncidents& q : stats.trend(0, today, 40))
        out << QStringLiteral("%1 %2").arg(q.quarter.label()).arg(q.counts.total());
    const DashboardFigures f = reg.dashboard().figures(0, today);
    out << QStringLiteral("%1 %2 %3 %4")
               .arg(f.incidentsThisYear)
               .arg(f.incidentsLastYear)
               .arg(f.incidentsLastYearToDate)
               .arg(f.openHighRisks);
    return out;
}

QString textOf(Database& db, const QString& sql, qint64 id)
{
    return Query(db, sql).bind(id).scalar().toString();
}

// The history values of a row's fields that are still there: update values and first values.
int historyValuesLeft(Database& db, const QString& uuid, const QStringList& fields)
{
    Query q(db, QStringLiteral(
                    "SELECT action, field, old_value, new_value FROM change_log WHERE entity_uuid = ?"));
    q.bind(uuid).exec();
    int left = 0;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("create")) {
            const QJsonObject first = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
            for (const QString& f : fields)
                left += first.contains(f) ? 1 : 0;
        } else if (fields.contains(q.value(1).toString())) {
            left += (q.value(2).isNull() ? 0 : 1) + (q.value(3).isNull() ? 0 : 1);
        }
    }
    return left;
}

struct Generated
{
    TestRegister reg;
    QTemporaryDir backups;
    QDate today = QDate::currentDate();
    qint64 oldClosed = 0, recentClosed = 0, oldOpen = 0; // threat assessments
    qint64 oldIncident = 0;
    qint64 gone = 0, recentlyGone = 0, stillHere = 0, neverAssigned = 0, removed = 0; // people

    Generated()
    {
        Generator::generate(*reg, Generator::Scale::Small, 20221);
        const qint64 unit =
            Query(reg->database(), QStringLiteral("SELECT max(unit_id) FROM incident")).scalar().toLongLong();
        const qint64 role = reg.roleId(QStringLiteral("security_representative"));
        const auto person = [&](const QString& name, QDate start, QDate end) {
            Person p;
            p.name = name;
            p.title = QStringLiteral("Handläggare");
            p.phone = QStringLiteral("070-123 45 67");
            p.email = name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@kommun.se");
            p.unitId = unit;
            const qint64 id = reg->people().create(p);
            if (start.isValid()) {
                Assignment a;
                a.personId = id;
                a.roleId = role;
                a.unitId = unit;
                a.startDate = start;
                a.endDate = end;
                a.ftePercent = 10;
                reg->assignments().create(a);
            }
            return id;
        };
        gone = person(QStringLiteral("Greta Gången"), today.addYears(-6), today.addYears(-3));
        recentlyGone = person(QStringLiteral("Rut Nyligen"), today.addYears(-6), today.addMonths(-3));
        stillHere = person(QStringLiteral("Stina Kvar"), today.addYears(-6), today.addYears(-4));
        neverAssigned = person(QStringLiteral("Nils Utan"), QDate(), QDate());
        removed = person(QStringLiteral("Bo Borttagen"), QDate(), QDate());
        reg->people().remove(removed);
        // Still here: an open assignment beside the old one that ended.
        Assignment open;
        open.personId = stillHere;
        open.roleId = role;
        open.unitId = unit;
        open.startDate = today.addYears(-1);
        open.ftePercent = 10;
        reg->assignments().create(open);

        const auto assessment = [&](QDate on, bool closed, qint64 handler) {
            ThreatAssessment t;
            t.unitId = unit;
            t.assessedOn = on;
            t.subject = QStringLiteral("Handläggare Greta G.");
            t.description = QStringLiteral("Hot via telefon från anhörig");
            t.threatLevel = ThreatAssessment::ThreatLevel::High;
            t.measures = QStringLiteral("Skyddat telefonnummer");
            t.handledById = handler;
            t.status = closed ? ThreatAssessment::Status::Closed : ThreatAssessment::Status::Open;
            if (closed)
                t.closedOn = on.addMonths(1);
            const qint64 id = reg->threatAssessments().create(t);
            t = reg->threatAssessments().get(id);
            t.description += QStringLiteral(", även mejl");
            reg->threatAssessments().update(t);
            return id;
        };
        // An old incident with a history of its own (the generated ones have none): made, then
        // its description changed.
        Incident i;
        i.occurredOn = today.addYears(-4);
        i.unitId = unit;
        i.kind = Incident::Kind::Threat;
        i.channel = Incident::Channel::Phone;
        i.severity = 2;
        i.description = QStringLiteral("Greta Gången hotades per telefon");
        i.systemRef = QStringLiteral("KIA-4711");
        i.followUp = Incident::FollowUp::Closed;
        i.closedOn = i.occurredOn.addDays(20);
        oldIncident = reg->incidents().create(i);
        i = reg->incidents().get(oldIncident);
        i.description += QStringLiteral(" igen");
        reg->incidents().update(i);

        oldClosed = assessment(today.addYears(-5), true, stillHere);
        recentClosed = assessment(today.addMonths(-10), true, stillHere);
        oldOpen = assessment(today.addYears(-5), false, stillHere);
    }
};

} // namespace

TEST_CASE("retention clears exactly the records past their time and keeps the statistics",
          "[retention][file]")
{
    Generated g;
    Register& reg = *g.reg;
    Database& db = reg.database();
    const QStringList statsBefore = statistics(reg, g.today);

    // No rule: nothing is past its time.
    CHECK(RetentionRun(reg).preview().isEmpty());
    reg.retentionRules().set(Kind::Incident, 36);
    reg.retentionRules().set(Kind::ThreatAssessment, 24);
    reg.retentionRules().set(Kind::PersonLeft, 12);

    // The incidents past their time, worked out here from the dates alone.
    const QDate incidentCutoff = g.today.addMonths(-36);
    QSet<qint64> expectedIncidents;
    QSet<qint64> keptIncidents;
    {
        Query q(db, QStringLiteral("SELECT id, occurred_on, closed_on FROM incident"));
        q.exec();
        while (q.next()) {
            const QDate closed = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            const QDate basis =
                closed.isValid() ? closed : QDate::fromString(q.value(1).toString(), Qt::ISODate);
            (basis < incidentCutoff ? expectedIncidents : keptIncidents).insert(q.value(0).toLongLong());
        }
    }
    REQUIRE(expectedIncidents.size() > 50);
    REQUIRE(keptIncidents.size() > 20);
    const QStringList keptText =
        rowsOf(db, QStringLiteral("SELECT id, description, system_ref FROM incident WHERE "
                                  "coalesce(closed_on, occurred_on) >= '%1' ORDER BY id")
                       .arg(incidentCutoff.toString(Qt::ISODate)));

    const RetentionRun::Preview preview = RetentionRun(reg).preview();
    QSet<qint64> previewed;
    for (const RetentionRun::Item& i : preview.items)
        if (i.kind == Kind::Incident)
            previewed.insert(i.id);
    CHECK(previewed == expectedIncidents);
    CHECK(preview.count(Kind::ThreatAssessment) == 1);
    CHECK(preview.count(Kind::PersonLeft) == 1);
    const qint64 historyBefore = reg.history().count();

    RetentionRun::Result result = RetentionRun(reg).run(g.backups.path());
    CHECK(result.cleared.items.size() == preview.items.size());
    REQUIRE(QFileInfo::exists(result.backupPath));
    CHECK(BackupStore(g.backups.path()).list(g.reg.path()).first().reason == BackupStore::Reason::Retention);
    // Generated incidents come without history of their own; the people and assessments made here
    // have theirs.
    CHECK(result.historyEntriesCleared >= 5);
    CHECK(expectedIncidents.contains(g.oldIncident));

    SECTION("the records past their time are cleared, the rest untouched")
    {
        for (qint64 id : expectedIncidents) {
            CHECK(
                textOf(db, QStringLiteral("SELECT description || system_ref FROM incident WHERE id = ?"), id)
                    .isEmpty());
            CHECK(reg.incidents().get(id).clearedOn == g.today);
        }
        CHECK(rowsOf(db, QStringLiteral(
                             "SELECT id, description, system_ref FROM incident WHERE coalesce(closed_on, "
                             "occurred_on) >= '%1' ORDER BY id")
                             .arg(incidentCutoff.toString(Qt::ISODate))) == keptText);
        CHECK(Query(db, QStringLiteral("SELECT count(*) FROM incident WHERE cleared_on IS NOT NULL"))
                  .scalar()
                  .toInt() == expectedIncidents.size());

        const ThreatAssessment cleared = reg.threatAssessments().get(g.oldClosed);
        CHECK(cleared.subject == RetentionRun::placeholder());
        CHECK(cleared.description.isEmpty());
        CHECK(cleared.measures.isEmpty());
        CHECK(cleared.handledById == 0);
        CHECK(cleared.threatLevel == ThreatAssessment::ThreatLevel::High); // what is counted stays
        CHECK(reg.threatAssessments().get(g.recentClosed).description.startsWith(QStringLiteral("Hot via")));
        CHECK(reg.threatAssessments().get(g.oldOpen).subject == QStringLiteral("Handläggare Greta G."));

        const Person gone = reg.people().get(g.gone);
        CHECK(gone.name == RetentionRun::placeholder());
        CHECK(gone.title.isEmpty());
        CHECK(gone.phone.isEmpty());
        CHECK(gone.email.isEmpty());
        CHECK(gone.clearedOn == g.today);
        CHECK(gone.unitId != 0); // the row and its place stay, so references and counts hold
        for (qint64 kept : {g.recentlyGone, g.stillHere, g.neverAssigned})
            CHECK(reg.people().get(kept).email.endsWith(QStringLiteral("@kommun.se")));
        // A person removed long ago would go too; this one was removed today.
        CHECK(textOf(db, QStringLiteral("SELECT name FROM person WHERE id = ?"), g.removed) ==
              QStringLiteral("Bo Borttagen"));

        CHECK(statistics(reg, g.today) == statsBefore);
    }

    SECTION("the history keeps who and when but not the values, and the chain holds")
    {
        for (const RetentionRun::Item& i : result.cleared.items)
            CHECK(historyValuesLeft(db, i.uuid, RetentionRun::clearedFields(i.kind)) == 0);
        CHECK(historyValuesLeft(db, reg.threatAssessments().uuidOf(g.recentClosed),
                                RetentionRun::clearedFields(Kind::ThreatAssessment)) > 0);
        CHECK(
            Query(db, QStringLiteral("SELECT count(*) FROM change_log WHERE instr(coalesce(old_value, '') || "
                                     "coalesce(new_value, ''), 'Greta Gången') > 0"))
                .scalar()
                .toInt() == 0);
        const HashChain::Verification v = HashChain::verify(db);
        CHECK(v.intact());
        // One entry per record cleared and one for the run, naming counts and the backup only.
        CHECK(v.entries == historyBefore + qint64(result.cleared.items.size()) + 1);
        Query last(
            db, QStringLiteral("SELECT entity, action, new_value FROM change_log ORDER BY id DESC LIMIT 1"));
        last.exec();
        REQUIRE(last.next());
        CHECK(last.value(0).toString() == QStringLiteral("retention_rule"));
        CHECK(last.value(1).toString() == QStringLiteral("retention"));
        const QJsonObject run = QJsonDocument::fromJson(last.value(2).toString().toUtf8()).object();
        CHECK(run.value(QStringLiteral("cleared")).toObject().value(QStringLiteral("incident")).toInt() ==
              expectedIncidents.size());
        CHECK(run.value(QStringLiteral("backup")).toString() == QFileInfo(result.backupPath).fileName());
        // The record's own history says it was cleared, and which fields.
        const auto described = reg.history().describe(Tables::person(), reg.people().uuidOf(g.gone));
        REQUIRE_FALSE(described.empty());
        CHECK(described.back().action == QStringLiteral("Gallrad"));
        CHECK(described.back().newText.contains(QStringLiteral("E-post")));
        // The search index forgot the words.
        CHECK(
            Query(db, QStringLiteral("SELECT count(*) FROM person_search WHERE person_search MATCH 'Gången'"))
                .scalar()
                .toInt() == 0);
    }

    SECTION("a second run clears nothing and makes no backup")
    {
        CHECK(RetentionRun(reg).preview().isEmpty());
        const qint64 entries = reg.history().count();
        const RetentionRun::Result again = RetentionRun(reg).run(g.backups.path());
        CHECK(again.cleared.items.empty());
        CHECK(again.backupPath.isEmpty());
        CHECK(reg.history().count() == entries);
        CHECK(BackupStore(g.backups.path()).list(g.reg.path()).size() == 1);
    }

    SECTION("restoring the backup the run made undoes it")
    {
        const QString path = g.reg.path();
        g.reg.close();
        BackupStore(g.backups.path()).restore(path, result.backupPath);
        auto back = Register::open(path);
        CHECK(Query(back->database(),
                    QStringLiteral("SELECT count(*) FROM incident WHERE cleared_on IS NOT NULL"))
                  .scalar()
                  .toInt() == 0);
        CHECK(back->people().get(g.gone).name == QStringLiteral("Greta Gången"));
        CHECK(back->threatAssessments().get(g.oldClosed).measures == QStringLiteral("Skyddat telefonnummer"));
        CHECK(back->history().count() == historyBefore);
        CHECK(HashChain::verify(back->database()).intact());
        CHECK(statistics(*back, g.today) == statsBefore);
        CHECK(RetentionRun(*back).preview().items.size() == preview.items.size());
    }
}

TEST_CASE("a retention preview changes nothing and a cancelled run leaves all as it was", "[retention][file]")
{
    Generated g;
    Register& reg = *g.reg;
    reg.retentionRules().set(Kind::Incident, 24);
    const qint64 entries = reg.history().count();
    const QStringList incidents =
        rowsOf(reg.database(), QStringLiteral("SELECT * FROM incident ORDER BY id"));
    const RetentionRun::Preview p = RetentionRun(reg).preview();
    REQUIRE(p.count(Kind::Incident) > 0);
    CHECK(p.count(Kind::ThreatAssessment) == 0); // no rule for them
    // A preview shows no free text: the kind of incident, never its description.
    for (const RetentionRun::Item& i : p.items)
        CHECK(IncidentStatistics::kindIndex(i.what) < 0);
    CHECK_THROWS_AS(RetentionRun(reg).run(g.backups.path(), {}, [] { return true; }), StorageError);
    CHECK(reg.history().count() == entries);
    CHECK(rowsOf(reg.database(), QStringLiteral("SELECT * FROM incident ORDER BY id")) == incidents);
    CHECK(HashChain::verify(reg.database()).intact());
}

TEST_CASE("retention refuses to re-seal a history changed outside Säkra", "[retention][file][chain]")
{
    Generated g;
    g.reg->retentionRules().set(Kind::Incident, 24);
    const QString path = g.reg.path();
    g.reg.close();
    withRawConnection(path, [](QSqlQuery& q) {
        REQUIRE(q.exec(QStringLiteral("UPDATE change_log SET actor = 'någon annan' WHERE id = 5")));
    });
    auto reg = Register::open(path);
    try {
        RetentionRun(*reg).run(g.backups.path());
        FAIL("the run went ahead");
    } catch (const StorageError& e) {
        CHECK(e.message().contains(QStringLiteral("utanför Säkra")));
    }
    CHECK(Query(reg->database(), QStringLiteral("SELECT count(*) FROM incident WHERE cleared_on IS NOT NULL"))
              .scalar()
              .toInt() == 0);
    CHECK(HashChain::verify(reg->database()).firstBrokenId == 5);
}

TEST_CASE("retention rules refuse months out of range and a second rule for a kind",
          "[retention][validation]")
{
    TestRegister reg;
    CHECK_THROWS_AS(reg->retentionRules().set(Kind::Incident, -1), ValidationError);
    CHECK_THROWS_AS(reg->retentionRules().set(Kind::Incident, RetentionRule::kMaxMonths + 1),
                    ValidationError);
    reg->retentionRules().set(Kind::Incident, 36);
    RetentionRule twin;
    twin.kind = Kind::Incident;
    twin.months = 12;
    CHECK_THROWS_AS(reg->retentionRules().create(twin), ValidationError);
    reg->retentionRules().set(Kind::Incident, 0); // kept for ever again
    CHECK(reg->retentionRules().months() == std::array<int, 3>{0, 0, 0});
    CHECK(reg->retentionRules().all().size() == 1);
}

TEST_CASE("schema step 13 adds the rules and the cleared dates to an older register",
          "[retention][migration][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("older.sakra"));
    createOlderRegister(path, Schema::currentVersion() - 1);
    auto reg = Register::open(path);
    CHECK(reg->database().schemaVersion() == Schema::currentVersion());
    reg->retentionRules().set(Kind::PersonLeft, 18);
    CHECK(reg->retentionRules().months().at(2) == 18);
    // The history takes the new action and refuses made-up ones.
    QSqlQuery q(reg->database().connection());
    CHECK(q.exec(QStringLiteral("INSERT INTO change_log (at, actor, entity, entity_uuid, action) VALUES "
                                "('x', 'x', 'retention_rule', 'u', 'retention')")));
    CHECK_FALSE(
        q.exec(QStringLiteral("INSERT INTO change_log (at, actor, entity, entity_uuid, action) VALUES "
                              "('x', 'x', 'retention_rule', 'u', 'forget')")));
    reg->people().create([] {
        Person p;
        p.name = QStringLiteral("Anna");
        return p;
    }());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE person SET cleared_on = 'igår'")));
    CHECK(q.exec(QStringLiteral("UPDATE person SET cleared_on = '2024-01-31'")));
}

TEST_CASE("the exchange formats carry the retention rules and cleared dates", "[retention][exchange][file]")
{
    TestRegister reg;
    reg->retentionRules().set(Kind::ThreatAssessment, 60);
    const QJsonObject tables = QJsonDocument::fromJson(JsonExporter::exportRegister(*reg, true))
                                   .object()
                                   .value(QStringLiteral("tables"))
                                   .toObject();
    REQUIRE(tables.contains(QStringLiteral("retention_rule")));
    const QJsonObject rule = tables.value(QStringLiteral("retention_rule")).toArray().first().toObject();
    CHECK(rule.value(QStringLiteral("kind")).toString() == QStringLiteral("threat_assessment"));
    CHECK(rule.value(QStringLiteral("months")).toInt() == 60);
}
