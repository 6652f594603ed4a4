#include "SampleRecords.h"
#include "TestRegister.h"

#include <catch2/catch.hpp>

using namespace sakra;

namespace {

const QDate today = QDate::currentDate();

const QuestionAnswer& answer(const std::vector<QuestionAnswer>& answers, const char* question)
{
    for (const QuestionAnswer& a : answers)
        if (a.question == QLatin1String(question))
            return a;
    FAIL("no answer to " << question);
    return answers.front();
}

// A social-services administration with three workplaces: one that meets every requirement, one
// that meets none, and one that meets some.
struct AssessmentFixture : TopFixture
{
    qint64 dept = 0, all = 0, none = 0, some = 0;

    AssessmentFixture() : TopFixture(QStringLiteral("Socialnämnden"), QStringLiteral("Socialförvaltningen"))
    {
        dept = reg.unit(UnitKind::Department, QStringLiteral("Individ och familj"), admin);
        all = reg.unit(UnitKind::Unit, QStringLiteral("Alla krav"), dept);
        none = reg.unit(UnitKind::Unit, QStringLiteral("Inga krav"), dept);
        some = reg.unit(UnitKind::Unit, QStringLiteral("Några krav"), dept);

        // The unit that meets all.
        RiskInventory inv;
        inv.unitId = all;
        inv.heldOn = today.addDays(-30);
        reg->riskInventories().create(inv);
        risk(all, "threats_violence", 4, 4);
        const qint64 lone = risk(all, "lone_night_work", 4, 4);
        Action a;
        a.title = QStringLiteral("Dubbelbemanning vid hembesök");
        a.kindId = reg->actionKinds().all().front().id;
        a.unitId = all;
        const qint64 actionId = reg->actions().create(a);
        reg->actionRisks().link(actionId, lone);
        incident(all, Incident::Kind::Threat, today.addDays(-40), true, true);
        incident(all, Incident::Kind::Violence, today.addDays(-10), false, true);
        for (Routine::Kind k : {Routine::Kind::ThreatsViolence, Routine::Kind::Alarm,
                                Routine::Kind::OutsideWork, Routine::Kind::Support, Routine::Kind::HomeVisit})
            routine(all, k, today.addDays(-60), Routine::Known::Yes, today.addDays(-30));
        training(all, Training::Kind::ThreatsViolence, today.addDays(-100), 9, 10);
        training(all, Training::Kind::AlarmDrill, today.addDays(-50), 8, 10);
        AlarmEquipment e;
        e.kind = AlarmEquipment::Kind::Personal;
        e.unitId = all;
        e.receiver = QStringLiteral("Larmcentralen");
        e.lastTestedOn = today.addDays(-30);
        reg->alarmEquipment().create(e);
        // Its premises: inventoried, with access control (physical protection beyond alarms).
        const qint64 site = reg.site(QStringLiteral("Alla kravs hus"));
        reg->unitSites().link(all, site);
        PremisesInventory premises;
        premises.siteId = site;
        premises.inventoriedOn = today.addDays(-90);
        premises.accessControl = QStringLiteral("Passersystem med kort och kod");
        reg->premisesInventories().create(premises);

        // The unit that meets some.
        RiskInventory old;
        old.unitId = some;
        old.heldOn = today.addYears(-2);
        reg->riskInventories().create(old);
        risk(some, "threats_violence", 2, 2);
        incident(some, Incident::Kind::Violence, today.addDays(-60), false, false);
        routine(some, Routine::Kind::ThreatsViolence, today.addDays(-400), Routine::Known::Partly,
                today.addDays(-30));
        training(some, Training::Kind::Lockdown, today.addDays(-90), 5, 10);
    }

    qint64 category(const char* name)
    {
        for (const RiskCategory& c : reg->riskCategories().all())
            if (c.name == QString::fromUtf8(name))
                return c.id;
        return 0;
    }

    qint64 risk(qint64 unit, const char* key, int likelihood, int consequence)
    {
        Risk r;
        r.unitId = unit;
        r.title = QStringLiteral("Risk %1").arg(QLatin1String(key));
        r.categoryId =
            category(QLatin1String(key) == QLatin1String("lone_night_work") ? "Ensam- och nattarbete"
                                                                            : "Hot och våld");
        r.likelihood = likelihood;
        r.consequence = consequence;
        r.assessedOn = today.addDays(-10);
        return reg->risks().create(r);
    }

    void incident(qint64 unit, Incident::Kind kind, const QDate& on, bool closed, bool support)
    {
        Incident i;
        i.unitId = unit;
        i.kind = kind;
        i.occurredOn = on;
        i.supportManager = support;
        i.followUp = closed ? Incident::FollowUp::Closed : Incident::FollowUp::New;
        if (closed)
            i.closedOn = on.addDays(5);
        reg->incidents().create(i);
    }

    qint64 routine(qint64 unit, Routine::Kind kind, const QDate& reviewed, Routine::Known known,
                   const QDate& briefed)
    {
        Routine r;
        r.title = Routine::kKinds.label(kind);
        r.kind = kind;
        r.adoptedOn = reviewed.addDays(-1);
        r.lastReviewOn = reviewed;
        r.reviewMonths = 12;
        r.knownByStaff = known;
        r.staffBriefedOn = briefed;
        const qint64 id = reg->routines().create(r);
        reg->routineUnits().link(id, unit);
        return id;
    }

    void training(qint64 unit, Training::Kind kind, const QDate& on, int participants, int target)
    {
        Training t = test::SampleRecords::training(unit, kind, on);
        t.participants = participants;
        t.targetGroup = target;
        reg->trainings().create(t);
    }

    const UnitAssessment& unit(const Assessment& a, qint64 id)
    {
        for (const UnitAssessment& u : a.units)
            if (u.unitId == id)
                return u;
        FAIL("unit not assessed");
        return a.units.front();
    }
};

} // namespace

TEST_CASE("assessment of a unit meeting every requirement, one meeting none and one meeting some",
          "[assessment]")
{
    AssessmentFixture f;
    const Assessment a = f.reg->assessment().assess(0, today);
    REQUIRE(a.units.size() == 3);
    CHECK(a.units[0].unitName == QStringLiteral("Alla krav"));

    const UnitAssessment& all = f.unit(a, f.all);
    CHECK(all.administrationId == f.admin);
    CHECK(all.boardId == f.board);
    for (const QuestionAnswer& q : all.answers) {
        INFO(q.question.toStdString() << ": " << q.reasons.join(QStringLiteral(" | ")).toStdString());
        // The question on elected officials is the executive board's, not a workplace's.
        if (AssessmentRules::isMunicipalQuestion(q.question)) {
            CHECK_FALSE(q.applicable);
            continue;
        }
        CHECK(q.applicable);
        CHECK(q.answer == AssessmentAnswer::Yes);
        CHECK(q.recommendations.isEmpty());
        CHECK_FALSE(q.overridden);
    }

    const UnitAssessment& none = f.unit(a, f.none);
    CHECK(answer(none.answers, "analysis").answer == AssessmentAnswer::No);
    CHECK(answer(none.answers, "routines").answer == AssessmentAnswer::No);
    CHECK(answer(none.answers, "routines")
              .recommendations.contains(
                  QStringLiteral("Upprätta dokumenterade säkerhetsrutiner för arbete med risk för våld.")));
    CHECK(answer(none.answers, "outside_work").answer == AssessmentAnswer::No);
    CHECK(answer(none.answers, "support").answer == AssessmentAnswer::No);
    CHECK(answer(none.answers, "prevention").answer == AssessmentAnswer::No);
    // No high risk, no incidents, no alarms: these do not concern the unit.
    CHECK_FALSE(answer(none.answers, "physical").applicable);
    CHECK_FALSE(answer(none.answers, "lone_work").applicable);
    CHECK_FALSE(answer(none.answers, "alarm_tests").applicable);

    const UnitAssessment& some = f.unit(a, f.some);
    const QuestionAnswer& analysis = answer(some.answers, "analysis");
    CHECK(analysis.answer ==
          AssessmentAnswer::Partly); // risks assessed; old inventory, incident not followed up
    CHECK(analysis.checks.size() == 3);
    CHECK(analysis.reasons.join(QLatin1Char(' ')).contains(today.addYears(-2).toString(Qt::ISODate)));
    CHECK(answer(some.answers, "routines").answer ==
          AssessmentAnswer::Partly); // documented, overdue, partly known
    CHECK(answer(some.answers, "physical").answer ==
          AssessmentAnswer::No); // violence, no alarm, no alarm routine
    CHECK(answer(some.answers, "physical")
              .recommendations.contains(QStringLiteral(
                  "Överväg personlarm vid inspektioner, hembesök och andra riskutsatta möten.")));
    CHECK(answer(some.answers, "support").answer == AssessmentAnswer::No);
    CHECK(answer(some.answers, "prevention").answer == AssessmentAnswer::Partly); // a drill, no training

    // Roll-up: three units, one answering yes to analysis.
    REQUIRE(a.administrations.size() == 1);
    REQUIRE(a.boards.size() == 1);
    const GroupAssessment& admin = a.administrations.front();
    CHECK(admin.unitId == f.admin);
    CHECK(admin.units == 3);
    const QuestionAnswer& ra = answer(admin.answers, "analysis");
    CHECK(ra.answer == AssessmentAnswer::Partly);
    CHECK(ra.unitCounts == std::array<int, 4>{1, 0, 1, 1});
    CHECK(ra.reasons.front() == QStringLiteral("Enheter som svarar ja eller i huvudsak: 1 av 3."));
    // Only the first unit has lone work with high risk: the board answers yes for it.
    CHECK(answer(admin.answers, "lone_work").answer == AssessmentAnswer::Yes);
    CHECK(answer(admin.answers, "lone_work").unitCounts == std::array<int, 4>{1, 0, 0, 0});
    CHECK(answer(admin.answers, "physical").answer == AssessmentAnswer::Partly);
    const QStringList recs = answer(admin.answers, "routines").recommendations;
    CHECK(recs.contains(QStringLiteral(
        "Upprätta dokumenterade säkerhetsrutiner för arbete med risk för våld. (enheter: 1 av 3)")));
    CHECK(a.boards.front().unitId == f.board);
    CHECK(answer(a.boards.front().answers, "analysis").answer == AssessmentAnswer::Partly);

    // The scope narrows the units; a unit alone is its own scope.
    CHECK(f.reg->assessment().assess(f.some, today).units.size() == 1);
}

TEST_CASE("routines and training for a department cover the units below it", "[assessment]")
{
    AssessmentFixture f;
    f.routine(f.dept, Routine::Kind::Security, today.addDays(-10), Routine::Known::Yes, today.addDays(-5));
    const Assessment a = f.reg->assessment().assess(f.dept, today);
    CHECK(answer(f.unit(a, f.none).answers, "routines").answer == AssessmentAnswer::Yes);
    const auto facts = f.reg->assessment().facts(f.dept, today);
    CHECK(facts.at(f.none).routines.size() == 1);
    CHECK(facts.at(f.all).routines.size() == 6);
}

TEST_CASE("all units answering yes roll up to yes, and most to mostly", "[assessment]")
{
    AssessmentFixture f;
    f.routine(f.dept, Routine::Kind::Security, today.addDays(-10), Routine::Known::Yes, today.addDays(-5));
    const Assessment a = f.reg->assessment().assess(0, today);
    // "Några krav" has its own overdue routine but the department's covers it as well.
    CHECK(answer(a.administrations.front().answers, "routines").answer == AssessmentAnswer::Yes);
    CHECK(answer(a.administrations.front().answers, "routines").unitCounts[0] == 3);
}

TEST_CASE("a coordinator's override replaces an answer, with its justification, and rolls up",
          "[assessment][override]")
{
    AssessmentFixture f;
    AssessmentOverride o;
    o.unitId = f.none;
    o.question = QStringLiteral("routines");
    o.answer = AssessmentAnswer::Mostly;
    o.justification =
        QStringLiteral("Rutinen finns i förvaltningens krisplan; den registreras här under hösten.");
    const qint64 id = f.reg->assessmentOverrides().create(o);
    CHECK(f.reg->assessmentOverrides().get(id).decidedOn == QDate::currentDate());

    Assessment a = f.reg->assessment().assess(0, today);
    const QuestionAnswer& q = answer(f.unit(a, f.none).answers, "routines");
    CHECK(q.overridden);
    CHECK(q.answer == AssessmentAnswer::Mostly);
    CHECK(q.computed == AssessmentAnswer::No);
    CHECK(q.justification == o.justification);
    CHECK(q.reasons.front().contains(o.justification));
    CHECK_FALSE(q.recommendations.isEmpty()); // mostly still leaves the gaps to close
    CHECK(answer(a.administrations.front().answers, "routines").unitCounts == std::array<int, 4>{1, 1, 1, 0});

    // An override on the board replaces its roll-up.
    o.unitId = f.board;
    o.question = QStringLiteral("prevention");
    o.answer = AssessmentAnswer::Yes;
    f.reg->assessmentOverrides().create(o);
    a = f.reg->assessment().assess(0, today);
    CHECK(answer(a.boards.front().answers, "prevention").overridden);
    CHECK(answer(a.boards.front().answers, "prevention").answer == AssessmentAnswer::Yes);
    CHECK(answer(a.boards.front().answers, "prevention").recommendations.isEmpty());
    CHECK_FALSE(answer(a.administrations.front().answers, "prevention").overridden);

    // History, and removal brings back the answer from the data.
    CHECK(f.reg->history().entriesFor(f.reg->assessmentOverrides().uuidOf(id)).size() == 1);
    AssessmentOverride changed = f.reg->assessmentOverrides().get(id);
    changed.answer = AssessmentAnswer::Partly;
    f.reg->assessmentOverrides().update(changed);
    CHECK(f.reg->history().entriesFor(f.reg->assessmentOverrides().uuidOf(id)).size() == 2);
    CHECK(f.reg->assessmentOverrides().ofUnit(f.none).size() == 1);
    f.reg->assessmentOverrides().remove(id);
    a = f.reg->assessment().assess(0, today);
    CHECK_FALSE(answer(f.unit(a, f.none).answers, "routines").overridden);
    CHECK_FALSE(f.reg->assessmentOverrides().of(f.none, QStringLiteral("routines")).has_value());
}

TEST_CASE("overrides refuse bad input with the field and a message", "[assessment][override][validation]")
{
    AssessmentFixture f;
    auto refused = [&](AssessmentOverride o, const char* field, const char* text) {
        const qint64 before = f.reg->assessmentOverrides().count();
        try {
            f.reg->assessmentOverrides().create(o);
            FAIL("accepted");
        } catch (const ValidationError& e) {
            CHECK(e.field() == QLatin1String(field));
            CHECK_THAT(e.message().toStdString(), Catch::Contains(text));
        }
        CHECK(f.reg->assessmentOverrides().count() == before);
    };
    AssessmentOverride good;
    good.unitId = f.some;
    good.question = QStringLiteral("physical");
    good.answer = AssessmentAnswer::Partly;
    good.justification = QStringLiteral("Överfallslarm beställt.");

    AssessmentOverride o = good;
    o.justification = QStringLiteral("   ");
    refused(o, "justification", "motivering");
    o.justification = QString(4001, QLatin1Char('x'));
    refused(o, "justification", "för lång");
    o = good;
    o.question = QStringLiteral("fire_safety");
    refused(o, "question", "finns inte");
    o = good;
    o.unitId = 999999;
    refused(o, "unit_id", "enhet");
    o = good;
    o.decidedOn = QDate::currentDate().addDays(1);
    refused(o, "decided_on", "framtiden");
    f.reg->assessmentOverrides().create(good);
    refused(good, "question", "redan ändrat");
}

TEST_CASE("dashboard figures for a scope", "[dashboard]")
{
    AssessmentFixture f;
    Dashboard& d = f.reg->dashboard();
    DashboardFigures fig = d.figures(0, today);
    CHECK(fig.openHighRisks == 2); // the two high risks of "Alla krav"; the other is low
    CHECK(fig.overdueActions == 0);
    CHECK(fig.overdueRoutineReviews == 1); // "Några krav"'s routine reviewed 400 days ago every 12 months
    CHECK(fig.overdueTrainings == 0);
    CHECK(fig.overdueAlarmTests == 0);
    const qint64 thisYear = [&] {
        qint64 n = 0;
        for (const QDate& on : {today.addDays(-40), today.addDays(-10), today.addDays(-60)})
            n += on.year() == today.year() ? 1 : 0;
        return n;
    }();
    CHECK(fig.incidentsThisYear == thisYear);
    CHECK(fig.incidentsThisYear + fig.incidentsLastYear == 3);

    // An overdue action, a training past due, an alarm past its test.
    Action a;
    a.title = QStringLiteral("Skalskydd");
    a.kindId = f.reg->actionKinds().all().front().id;
    a.unitId = f.none;
    a.dueDate = today.addDays(-1);
    f.reg->actions().create(a);
    Training t = test::SampleRecords::training(f.none, Training::Kind::Evacuation, today.addMonths(-14));
    const qint64 tid = f.reg->trainings().create(t);
    AlarmEquipment e;
    e.kind = AlarmEquipment::Kind::Panic;
    e.unitId = f.none;
    e.lastTestedOn = today.addMonths(-13);
    e.testIntervalMonths = 12;
    f.reg->alarmEquipment().create(e);
    fig = d.figures(f.dept, today);
    CHECK(fig.overdueActions == 1);
    CHECK(fig.overdueTrainings == 1);
    CHECK(fig.overdueAlarmTests == 1);
    // A later session of the same kind means the unit is no longer overdue.
    t.heldOn = today.addDays(-3);
    f.reg->trainings().create(t);
    CHECK(d.figures(f.dept, today).overdueTrainings == 0);
    f.reg->trainings().remove(tid);

    // Scopes: the units of another branch see none of it.
    const qint64 other =
        f.reg.unit(UnitKind::Administration, QStringLiteral("Kulturförvaltningen"), f.board, f.board);
    fig = d.figures(other, today);
    CHECK(fig.openHighRisks == 0);
    CHECK(fig.overdueActions == 0);
    CHECK(fig.overdueRoutineReviews == 0);
    CHECK(fig.incidentsThisYear == 0);

    // A new incident shows at once; removing it takes it away again.
    Incident i;
    i.unitId = f.none;
    i.occurredOn = today;
    const qint64 iid = f.reg->incidents().create(i);
    CHECK(d.figures(f.dept, today).incidentsThisYear == thisYear + 1);
    f.reg->incidents().remove(iid);
    CHECK(d.figures(f.dept, today).incidentsThisYear == thisYear);
}

TEST_CASE("seed 002 in the register: a low-risk board with few measures answers yes with the reason",
          "[assessment][proportion]")
{
    AssessmentFixture fx;
    // Two boards alike in everything but the level their unit's risk inventory assessed.
    auto board = [&](const char* name, std::optional<RiskInventory::ThreatLevel> level) {
        const qint64 b = fx.reg.unit(UnitKind::Board, QString::fromUtf8(name), fx.root);
        const qint64 admin = fx.reg.unit(UnitKind::Administration,
                                         QString::fromUtf8(name) + QStringLiteral(" förv"), fx.root, b);
        const qint64 unit =
            fx.reg.unit(UnitKind::Unit, QString::fromUtf8(name) + QStringLiteral(" enhet"), admin);
        RiskInventory inv;
        inv.unitId = unit;
        inv.heldOn = today.addMonths(-3);
        inv.threatLevel = level;
        fx.reg->riskInventories().create(inv);
        fx.training(unit, Training::Kind::ThreatsViolence, today.addMonths(-4), 9, 10);
        return std::pair{b, unit};
    };
    const auto [lowBoard, lowUnit] = board("Kultur- och fritidsnämnden", RiskInventory::ThreatLevel::Low);
    const auto [highBoard, highUnit] = board("Socialnämnd två", RiskInventory::ThreatLevel::High);

    const Assessment a = AssessmentEngine(fx.reg->database()).assess(0, today);
    const QuestionAnswer& low = answer(fx.unit(a, lowUnit).answers, "prevention");
    CHECK(low.answer == AssessmentAnswer::Yes);
    const QString basis =
        QStringLiteral("Låg risk enligt riskbedömning %1").arg(today.addMonths(-3).toString(Qt::ISODate));
    CHECK(low.reasons.join(QLatin1Char(' ')).contains(basis));
    const QuestionAnswer& high = answer(fx.unit(a, highUnit).answers, "prevention");
    CHECK(high.answer != AssessmentAnswer::Yes);
    CHECK_FALSE(high.reasons.join(QLatin1Char(' ')).contains(QStringLiteral("Låg risk")));
    CHECK(answer(fx.unit(a, highUnit).answers, "physical").answer == AssessmentAnswer::No);
    CHECK_FALSE(answer(fx.unit(a, lowUnit).answers, "physical").applicable);

    auto boardAnswer = [&](qint64 id) {
        for (const GroupAssessment& g : a.boards)
            if (g.unitId == id)
                return answer(g.answers, "prevention").answer;
        FAIL("board not rolled up");
        return AssessmentAnswer::No;
    };
    CHECK(boardAnswer(lowBoard) == AssessmentAnswer::Yes);
    CHECK(boardAnswer(highBoard) != AssessmentAnswer::Yes);

    // A risk inventory made later without a level leaves the last assessed level standing.
    RiskInventory later;
    later.unitId = lowUnit;
    later.heldOn = today.addMonths(-1);
    fx.reg->riskInventories().create(later);
    const Assessment b = AssessmentEngine(fx.reg->database()).assess(0, today);
    CHECK(answer(fx.unit(b, lowUnit).answers, "prevention").answer == AssessmentAnswer::Yes);
}
