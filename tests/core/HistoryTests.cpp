#include "HistoryText.h"
#include "TestRegister.h"
#include "storage/Query.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace sakra;

namespace {
// The history of one row as "action field old→new" lines, for compact assertions.
QStringList lines(Register& reg, const QString& uuid)
{
    QStringList out;
    // On a server the database names its session's user, whatever the program says.
    const QString actor =
        TestRegister::onServer()
            ? Query(reg.database(), QStringLiteral("SELECT session_user")).scalar().toString()
            : QStringLiteral("tester");
    for (const ChangeEntry& e : reg.history().entriesFor(uuid)) {
        CHECK(e.actor == actor);
        CHECK_FALSE(e.at.isEmpty());
        out << QStringLiteral("%1 %2 %3→%4")
                   .arg(e.action, e.field, e.oldValue.toString(), e.newValue.toString())
                   .replace(QStringLiteral("  "), QStringLiteral(" "));
    }
    return out;
}
} // namespace

TEST_CASE("every kind of edit is recorded with who, when, what, old and new", "[history]")
{
    TestRegister reg;
    const auto [root, board, admin] =
        reg.top(QStringLiteral("Kommunstyrelsen"), QStringLiteral("Kommunledningsförvaltningen"));
    const QString boardUuid = reg->units().uuidOf(board);

    SECTION("organisational units, with references kept as UUIDs")
    {
        OrgUnit unit = reg->units().get(admin);
        const QString uuid = unit.uuid;
        const QStringList created = lines(*reg, uuid);
        REQUIRE(created.size() == 1);
        const ChangeEntry first = reg->history().entriesFor(uuid).front();
        const QJsonObject values = QJsonDocument::fromJson(first.newValue.toString().toUtf8()).object();
        CHECK(values.value(QStringLiteral("name")).toString() ==
              QStringLiteral("Kommunledningsförvaltningen"));
        CHECK(values.value(QStringLiteral("board_id")).toString() == boardUuid);

        unit.name = QStringLiteral("KLF");
        unit.note = QStringLiteral("Kort namn");
        reg->units().update(unit);
        reg->units().remove(admin);
        reg->units().restore(admin);
        CHECK(lines(*reg, uuid).mid(1) ==
              QStringList{QStringLiteral("update name Kommunledningsförvaltningen→KLF"),
                          QStringLiteral("update note →Kort namn"), QStringLiteral("delete →"),
                          QStringLiteral("restore →")});
    }

    SECTION("an update that changes nothing writes nothing")
    {
        const OrgUnit unit = reg->units().get(admin);
        const qint64 before = reg->history().count();
        CHECK(reg->units().update(unit) == unit.rowVersion);
        CHECK(reg->history().count() == before);
    }

    SECTION("people, sites, assignments, posts, profiles, milestones and budget")
    {
        Person p;
        p.name = QStringLiteral("Eva Ek");
        p.unitId = admin;
        p.id = reg->people().create(p);
        p = reg->people().get(p.id);
        p.title = QStringLiteral("Säkerhetssamordnare");
        reg->people().update(p);
        CHECK(lines(*reg, p.uuid).last() == QStringLiteral("update title →Säkerhetssamordnare"));

        Site s;
        s.name = QStringLiteral("Stadshuset");
        s.id = reg->sites().create(s);
        const qint64 linkId = reg->unitSites().create(linkBetween<UnitSite>(admin, s.id));
        reg->unitSites().remove(linkId);
        CHECK(lines(*reg, reg->unitSites().uuidOf(linkId)).last() == QStringLiteral("delete →"));

        Assignment a;
        a.personId = p.id;
        a.roleId = reg.roleId(QStringLiteral("security_coordinator"));
        a.unitId = admin;
        a.startDate = QDate(2024, 1, 1);
        a.ftePercent = 100;
        a.id = reg->assignments().create(a);
        a = reg->assignments().get(a.id);
        a.ftePercent = 50;
        a.endDate = QDate(2025, 12, 31);
        reg->assignments().update(a);
        const QStringList assignmentLines = lines(*reg, a.uuid);
        CHECK(assignmentLines.contains(QStringLiteral("update fte_percent 100→50")));
        CHECK(assignmentLines.contains(QStringLiteral("update end_date →2025-12-31")));

        PlannedPost post;
        post.unitId = admin;
        post.level = SecurityLevel::Tactical;
        post.posts = 1;
        post.id = reg->plannedPosts().create(post);
        post = reg->plannedPosts().get(post.id);
        post.posts = 2;
        reg->plannedPosts().update(post);
        CHECK(lines(*reg, post.uuid).last() == QStringLiteral("update posts 1→2"));

        const qint64 areaId =
            reg->profileAreas().create(linkBetween<ProfileArea>(admin, reg->focusAreas().all().front().id));
        CHECK(lines(*reg, reg->profileAreas().uuidOf(areaId)).front().startsWith(QStringLiteral("create")));

        Milestone m;
        m.title = QStringLiteral("Säkerhetsforum startat");
        m.targetDate = QDate(2026, 4, 30);
        m.id = reg->milestones().create(m);
        m = reg->milestones().get(m.id);
        m.status = Milestone::Status::Done;
        reg->milestones().update(m);
        CHECK(lines(*reg, m.uuid).last() == QStringLiteral("update status planned→done"));

        BudgetLine b;
        b.boardId = board;
        b.year = 2026;
        b.amountKr = 800'000;
        b.id = reg->budget().create(b);
        b = reg->budget().get(b.id);
        b.amountKr = 1'200'000;
        reg->budget().update(b);
        CHECK(lines(*reg, b.uuid).last() == QStringLiteral("update amount_kr 800000→1200000"));

        FocusArea f = reg->focusAreas().all().back();
        f.name = QStringLiteral("Ensamarbete");
        reg->focusAreas().update(f);
        CHECK(lines(*reg, f.uuid).last().startsWith(QStringLiteral("update name ")));
    }
}

TEST_CASE("history is described for people: field labels and names instead of ids", "[history]")
{
    TestRegister reg;
    const qint64 root = reg.unit(UnitKind::Municipality, QStringLiteral("Kommunen"), 0);
    const qint64 board = reg.unit(UnitKind::Board, QStringLiteral("Kommunstyrelsen"), root);
    const qint64 board2 = reg.unit(UnitKind::Board, QStringLiteral("Socialnämnden"), root);
    const qint64 admin =
        reg.unit(UnitKind::Administration, QStringLiteral("Socialförvaltningen"), board, board);
    OrgUnit unit = reg->units().get(admin);
    unit.boardId = board2;
    reg->units().update(unit);

    const auto described = reg->history().describe(OrgUnit::spec(), unit.uuid);
    REQUIRE(described.size() == 2);
    CHECK(described[0].action == QStringLiteral("Skapad"));
    CHECK(described[0].newText.contains(QStringLiteral("Rapporterar till nämnd: Kommunstyrelsen")));
    CHECK(described[1].action == QStringLiteral("Ändrad"));
    CHECK(described[1].field == QStringLiteral("Rapporterar till nämnd"));
    CHECK(described[1].oldText == QStringLiteral("Kommunstyrelsen"));
    CHECK(described[1].newText == QStringLiteral("Socialnämnden"));
}

TEST_CASE("history shows stored codes as their labels and amounts in kronor", "[history]")
{
    TestRegister reg(true);
    const Action action = reg->actions().list(ActionQuery()).front().action;
    Action changed = action;
    changed.status = action.status == Action::Status::Done ? Action::Status::Planned : Action::Status::Done;
    changed.estimatedCostKr = 800'000;
    reg->actions().update(changed);

    const auto described = reg->history().describe(Action::spec(), action.uuid, HistoryText());
    REQUIRE(described.size() >= 2);
    const QString amount = QLocale().toString(qint64(800'000)) + QStringLiteral(" kr");
    bool status = false;
    bool cost = false;
    for (const DescribedChange& d : described) {
        if (d.field == QStringLiteral("Status") && d.newText == Action::kStatuses.label(changed.status)) {
            status = true;
            CHECK(d.oldText == Action::kStatuses.label(action.status));
        }
        if (d.newText == amount)
            cost = true;
        // No stored code is left in what people read.
        CHECK_FALSE(d.newText.contains(Action::kStatuses.code(changed.status)));
    }
    CHECK(status);
    CHECK(cost);
    // The creation lists its first values in words too.
    CHECK(described.front().newText.contains(Action::kStatuses.label(action.status)));

    // A code the program does not know stays as stored; other tables' values are untouched.
    const Column* statusColumn = Action::spec().column(QStringLiteral("status"));
    REQUIRE(statusColumn);
    CHECK(HistoryText()(Action::spec(), *statusColumn, QStringLiteral("okänd")) == QStringLiteral("okänd"));
    const Column* title = Action::spec().column(QStringLiteral("title"));
    CHECK(HistoryText()(Action::spec(), *title, QStringLiteral("planned")) == QStringLiteral("planned"));
    // An incident's codes.
    const Incident incident = reg->incidents().list(IncidentQuery()).front().incident;
    const auto incidentHistory = reg->history().describe(Incident::spec(), incident.uuid, HistoryText());
    REQUIRE_FALSE(incidentHistory.empty());
    CHECK(incidentHistory.front().newText.contains(Incident::kTargets.label(incident.target)));
    CHECK(incidentHistory.front().newText.contains(
        QStringLiteral("%1 – %2").arg(incident.severity).arg(Incident::severityLabel(incident.severity))));
}

TEST_CASE("history shows flags, every coded column and the risk matrix's steps in words", "[history]")
{
    TestRegister reg(true);
    const HistoryText text(reg->riskMatrix().current());

    // A routine: "known by staff" is a code, "documented" a flag.
    Routine routine = reg->routines().list(RoutineQuery()).front().routine;
    Routine changedRoutine = routine;
    changedRoutine.knownByStaff =
        routine.knownByStaff == Routine::Known::Yes ? Routine::Known::No : Routine::Known::Yes;
    changedRoutine.documented = !routine.documented;
    reg->routines().update(changedRoutine);
    const auto routineHistory = reg->history().describe(Routine::spec(), routine.uuid, text);
    const QString yes = QStringLiteral("Ja");
    const QString no = QStringLiteral("Nej");
    int seen = 0;
    for (const DescribedChange& d : routineHistory) {
        if (d.action != QStringLiteral("Ändrad"))
            continue;
        if (d.field ==
            TableSpec::translatedFieldLabel(*Routine::spec().column(QStringLiteral("known_by_staff")))) {
            CHECK(d.oldText == Routine::kKnown.label(routine.knownByStaff));
            CHECK(d.newText == Routine::kKnown.label(changedRoutine.knownByStaff));
            ++seen;
        }
        if (d.field ==
            TableSpec::translatedFieldLabel(*Routine::spec().column(QStringLiteral("documented")))) {
            CHECK(d.oldText == (routine.documented ? yes : no));
            CHECK(d.newText == (changedRoutine.documented ? yes : no));
            ++seen;
        }
    }
    CHECK(seen == 2);
    // The creation lists the first values in words: no code and no bare 0 or 1 for a flag.
    const QString created = routineHistory.front().newText;
    CHECK(created.contains(Routine::kKnown.label(routine.knownByStaff)));
    CHECK_FALSE(created.contains(QStringLiteral(": ") + Routine::kKnown.code(routine.knownByStaff)));
    CHECK_FALSE(created.contains(QRegularExpression(QStringLiteral(": [01](;|$)"))));

    // A risk's likelihood and level by the names the matrix gives them.
    const RiskMatrix matrix = reg->riskMatrix().current();
    Risk risk = reg->risks().list(RiskQuery()).front().risk;
    Risk changedRisk = risk;
    changedRisk.likelihood = risk.likelihood == matrix.likelihoodSize() ? 1 : matrix.likelihoodSize();
    reg->risks().update(changedRisk);
    const Risk stored = reg->risks().get(risk.id);
    REQUIRE(stored.level != risk.level);
    const QString likelihoodLabel =
        TableSpec::translatedFieldLabel(*Risk::spec().column(QStringLiteral("likelihood")));
    const QString levelLabel = TableSpec::translatedFieldLabel(*Risk::spec().column(QStringLiteral("level")));
    bool likelihood = false;
    bool level = false;
    for (const DescribedChange& d : reg->history().describe(Risk::spec(), risk.uuid, text)) {
        if (d.field == likelihoodLabel) {
            CHECK(d.newText ==
                  QStringLiteral("%1 – %2")
                      .arg(changedRisk.likelihood)
                      .arg(matrix.likelihoodLabels()[std::size_t(changedRisk.likelihood - 1)].text()));
            likelihood = true;
        }
        if (d.field == levelLabel) {
            CHECK(d.oldText == matrix.levels()[std::size_t(risk.level)].name.text());
            CHECK(d.newText == matrix.levels()[std::size_t(stored.level)].name.text());
            level = true;
        }
    }
    CHECK(likelihood);
    CHECK(level);
    // Outside the scale (a value from an older, larger matrix) stays as stored.
    CHECK(text(Risk::spec(), *Risk::spec().column(QStringLiteral("likelihood")), QStringLiteral("9")) ==
          QStringLiteral("9"));
    CHECK(text(Risk::spec(), *Risk::spec().column(QStringLiteral("level")), QStringLiteral("-1")) ==
          QStringLiteral("-1"));
}

TEST_CASE("a reference in the history reads as a name and keeps the row's UUID beside it", "[history]")
{
    TestRegister reg(true);
    Risk risk = reg->risks().list(RiskQuery()).front().risk;
    const qint64 oldUnit = risk.unitId;
    const auto units = reg->units().ofKinds({UnitKind::Unit});
    const auto other =
        std::find_if(units.begin(), units.end(), [&](const OrgUnit& u) { return u.id != oldUnit; });
    REQUIRE(other != units.end());
    risk.unitId = other->id;
    reg->risks().update(risk);
    const auto described = reg->history().describe(Risk::spec(), risk.uuid, HistoryText());
    const DescribedChange& last = described.back();
    CHECK(last.newText == other->name);
    CHECK(last.newUuid == other->uuid);
    CHECK(last.oldUuid == reg->units().get(oldUnit).uuid);
    CHECK(last.oldText == reg->units().get(oldUnit).name);
}
