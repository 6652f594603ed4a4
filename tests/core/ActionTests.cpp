#include "TestRegister.h"
#include "exchange/JsonExporter.h"
#include "exchange/JsonImporter.h"

#include <catch2/catch.hpp>

using namespace sakra;

namespace {

struct ActionFixture
{
    TestRegister reg;
    qint64 board = 0, board2 = 0, admin = 0, admin2 = 0, dept = 0, unit = 0, person = 0, kind = 0;

    ActionFixture()
    {
        const qint64 root = reg.unit(UnitKind::Municipality, QStringLiteral("Kommunen"), 0);
        board = reg.unit(UnitKind::Board, QStringLiteral("Arbetsmarknadsnämnden"), root);
        board2 = reg.unit(UnitKind::Board, QStringLiteral("Kommunstyrelsen"), root);
        admin =
            reg.unit(UnitKind::Administration, QStringLiteral("Arbetsmarknadsförvaltningen"), board, board);
        admin2 =
            reg.unit(UnitKind::Administration, QStringLiteral("Kommunledningsförvaltningen"), board2, board2);
        dept = reg.unit(UnitKind::Department, QStringLiteral("Vuxenutbildning"), admin);
        unit = reg.unit(UnitKind::Unit, QStringLiteral("Lärcentrum"), dept);
        person = reg.person(QStringLiteral("Eva Ek"), unit);
        kind = reg->actionKinds().all().front().id;
    }

    Action action(const QString& title, QDate start, QDate due, qint64 cost = 0) const
    {
        Action a;
        a.title = title;
        a.kindId = kind;
        a.unitId = unit;
        a.responsibleId = person;
        a.startDate = start;
        a.dueDate = due;
        a.estimatedCostKr = cost;
        return a;
    }

    void budget(qint64 boardId, int year, qint64 amount)
    {
        BudgetLine b;
        b.boardId = boardId;
        b.year = year;
        b.amountKr = amount;
        reg->budget().create(b);
    }
};

} // namespace

TEST_CASE("status changes are dated and set or clear the done date", "[action][status]")
{
    ActionFixture f;
    const QDate today = QDate::currentDate();
    Action a = f.reg->actions().get(f.reg->actions().create(
        f.action(QStringLiteral("Lås på grupprum"), QDate(2026, 1, 1), QDate(2026, 6, 30))));
    CHECK(a.status == Action::Status::Planned);
    CHECK(a.statusChangedOn == today);

    a.status = Action::Status::InProgress;
    a.statusChangedOn = QDate(2026, 2, 3); // the user says when it started moving
    f.reg->actions().update(a);
    a = f.reg->actions().get(a.id);
    CHECK(a.statusChangedOn == QDate(2026, 2, 3));
    CHECK_FALSE(a.doneDate.isValid());

    a.status = Action::Status::Done; // no date given: today
    f.reg->actions().update(a);
    a = f.reg->actions().get(a.id);
    CHECK(a.statusChangedOn == today);
    CHECK(a.doneDate == today);

    a.status = Action::Status::InProgress; // reopened
    f.reg->actions().update(a);
    a = f.reg->actions().get(a.id);
    CHECK_FALSE(a.doneDate.isValid());

    a.status = Action::Status::Done;
    a.statusChangedOn = QDate(2026, 5, 20);
    a.doneDate = QDate(2026, 5, 19);
    f.reg->actions().update(a);
    a = f.reg->actions().get(a.id);
    CHECK(a.doneDate == QDate(2026, 5, 19));

    // Every status change is in the history with its old and new value.
    QStringList statuses;
    for (const ChangeEntry& e : f.reg->history().entriesFor(a.uuid))
        if (e.field == QStringLiteral("status"))
            statuses << e.oldValue.toString() + QStringLiteral("→") + e.newValue.toString();
    CHECK(statuses == QStringList{QStringLiteral("planned→in_progress"), QStringLiteral("in_progress→done"),
                                  QStringLiteral("done→in_progress"), QStringLiteral("in_progress→done")});

    // Saving without a status change keeps the date.
    a.description = QStringLiteral("Plan 4 och 6");
    f.reg->actions().update(a);
    CHECK(f.reg->actions().get(a.id).statusChangedOn == QDate(2026, 5, 20));
}

TEST_CASE("overdue and soon-due actions around today and month ends", "[action][overdue]")
{
    ActionFixture f;
    auto make = [&](const char* title, QDate due, Action::Status status = Action::Status::Planned) {
        Action a = f.action(QString::fromUtf8(title), QDate(2025, 1, 1), due);
        a.status = status;
        return f.reg->actions().create(a);
    };
    make("Förfallen i januari", QDate(2026, 1, 31));
    make("Förfaller på nyårsafton", QDate(2025, 12, 31));
    make("Förfaller i februari", QDate(2026, 2, 28));
    make("Förfaller i mars", QDate(2026, 3, 2));
    make("Genomförd men sen", QDate(2026, 1, 15), Action::Status::Done);
    make("Uppskjuten", QDate(2026, 1, 15), Action::Status::Postponed);
    make("Avbruten", QDate(2026, 1, 15), Action::Status::Cancelled);
    f.reg->actions().create(f.action(QStringLiteral("Utan datum"), QDate(), QDate()));

    auto titles = [&](ActionQuery q) {
        QStringList out;
        for (const ActionRow& r : f.reg->actions().list(q))
            out << r.action.title;
        return out;
    };
    ActionQuery q;
    q.overdueOnly = true;
    q.today = QDate(2026, 1, 31); // due today is not overdue
    CHECK(titles(q) == QStringList{QStringLiteral("Förfaller på nyårsafton")});
    q.today = QDate(2026, 2, 1);
    CHECK(titles(q) ==
          QStringList{QStringLiteral("Förfaller på nyårsafton"), QStringLiteral("Förfallen i januari")});
    CHECK(f.reg->actions().count(q) == 2);

    ActionQuery soon;
    soon.dueWithinDays = 30;
    soon.today = QDate(2026, 1, 31); // 30 days on is 2 March
    CHECK(titles(soon) == QStringList{QStringLiteral("Förfallen i januari"),
                                      QStringLiteral("Förfaller i februari"),
                                      QStringLiteral("Förfaller i mars")});
    soon.today = QDate(2026, 2, 1);
    CHECK(titles(soon) ==
          QStringList{QStringLiteral("Förfaller i februari"), QStringLiteral("Förfaller i mars")});
    soon.dueWithinDays = 27; // to 28 February
    CHECK(titles(soon) == QStringList{QStringLiteral("Förfaller i februari")});

    // The value's own view agrees with the query.
    const Action jan = f.reg->actions().list(ActionQuery()).front().action;
    CHECK_FALSE(jan.isOverdue(QDate(2025, 12, 31)));
    CHECK(jan.isOverdue(QDate(2026, 1, 1)));
}

TEST_CASE("cost per board and year adds up in whole kronor against the budget", "[action][cost]")
{
    ActionFixture f;
    f.budget(f.board, 2026, 800'000);
    f.budget(f.board, 2027, 800'000);
    f.budget(f.board2, 2026, 4'100'000);
    // Amounts that would drift as floating-point sums: 0.1 Mkr steps and odd kronor.
    qint64 expected = 0;
    for (int i = 0; i < 30; ++i) {
        Action a = f.action(QStringLiteral("Åtgärd %1").arg(i), QDate(2026, 1, 1),
                            QDate(2026, 1 + i % 12, 10), 33'333 + i);
        expected += a.estimatedCostKr;
        f.reg->actions().create(a);
    }
    Action newMoney = f.action(QStringLiteral("Väktarrond"), QDate(2026, 2, 1), QDate(2026, 12, 31), 240'000);
    newMoney.fitsBudget = false;
    f.reg->actions().create(newMoney);
    Action cancelled = f.action(QStringLiteral("Avbruten"), QDate(2026, 2, 1), QDate(2026, 3, 31), 500'000);
    cancelled.status = Action::Status::Cancelled;
    f.reg->actions().create(cancelled);
    Action done = f.action(QStringLiteral("Larm"), QDate(2026, 2, 1), QDate(2026, 3, 31), 100'000);
    done.status = Action::Status::Done;
    done.actualCostKr = 101'999;
    f.reg->actions().create(done);
    Action nextYear = f.action(QStringLiteral("Nästa år"), QDate(2027, 1, 1), QDate(2027, 5, 1), 70'000);
    f.reg->actions().create(nextYear);
    Action central =
        f.action(QStringLiteral("Passerkontroll"), QDate(2026, 1, 1), QDate(2026, 4, 30), 120'000);
    central.unitId = f.admin2;
    f.reg->actions().create(central);

    const auto rows = f.reg->actionOverview().costPerBoardAndYear();
    REQUIRE(rows.size() == 3);
    const BoardYearCost& am26 =
        rows[0].boardName == QStringLiteral("Arbetsmarknadsnämnden") ? rows[0] : rows[1];
    CHECK(am26.year == 2026);
    CHECK(am26.budgetKr == 800'000);
    CHECK(am26.estimatedKr == expected + 240'000 + 100'000);
    CHECK(am26.actualKr == 101'999);
    CHECK(am26.newMoneyKr == 240'000);
    CHECK(am26.actions == 33);
    CHECK(am26.remainingKr() == 800'000 - (expected + 100'000));
    CHECK(am26.overBudget()); // about 1.1 Mkr within the allocation against 0.8 Mkr
    const BoardYearCost& ks26 = rows[0].boardName == QStringLiteral("Kommunstyrelsen") ? rows[0] : rows[1];
    CHECK(ks26.estimatedKr == 120'000);
    CHECK(ks26.remainingKr() == 3'980'000);
    CHECK_FALSE(ks26.overBudget());
    CHECK(rows[2].year == 2027);
    CHECK(rows[2].estimatedKr == 70'000);
    CHECK(rows[2].remainingKr() == 730'000);

    // A scope keeps its own board's money only.
    const auto scoped = f.reg->actionOverview().costPerBoardAndYear(f.dept);
    REQUIRE(scoped.size() == 2);
    for (const BoardYearCost& r : scoped)
        CHECK(r.boardId == f.board);
}

TEST_CASE("actions per status per department", "[action][overview]")
{
    ActionFixture f;
    const qint64 dept2 = f.reg.unit(UnitKind::Department, QStringLiteral("Arbetsmarknad"), f.admin);
    auto make = [&](qint64 unit, Action::Status s) {
        Action a = f.action(QStringLiteral("x"), QDate(), QDate());
        a.unitId = unit;
        a.status = s;
        f.reg->actions().create(a);
    };
    make(f.unit, Action::Status::Planned);
    make(f.unit, Action::Status::Planned);
    make(f.dept, Action::Status::Done);
    make(dept2, Action::Status::InProgress);
    make(f.admin, Action::Status::Postponed); // the administration's own action
    const auto rows = f.reg->actionOverview().statusPerDepartment();
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].unitName == QStringLiteral("Arbetsmarknad"));
    CHECK(rows[0].counts[int(Action::Status::InProgress)] == 1);
    CHECK(rows[1].unitName == QStringLiteral("Arbetsmarknadsförvaltningen"));
    CHECK(rows[1].counts[int(Action::Status::Postponed)] == 1);
    CHECK(rows[2].unitName == QStringLiteral("Vuxenutbildning"));
    CHECK(rows[2].counts[int(Action::Status::Planned)] == 2);
    CHECK(rows[2].counts[int(Action::Status::Done)] == 1);
    CHECK(rows[2].total() == 3);
}

TEST_CASE("actions link to risks both ways and propose a residual level", "[action][risk]")
{
    ActionFixture f;
    Risk r;
    r.unitId = f.unit;
    r.categoryId = f.reg->riskCategories().all().front().id;
    r.title = QStringLiteral("Grupprum saknar lås");
    r.likelihood = 2;
    r.consequence = 5;
    r.assessedOn = QDate(2026, 1, 10);
    const qint64 risk = f.reg->risks().create(r);
    const qint64 a1 = f.reg->actions().create(f.action(QStringLiteral("Lås"), QDate(), QDate()));
    const qint64 a2 = f.reg->actions().create(f.action(QStringLiteral("Övning"), QDate(), QDate()));

    ActionRisk link;
    link.actionId = a1;
    link.riskId = risk;
    link.residualLikelihood = 1;
    link.residualConsequence = 4;
    const qint64 l1 = f.reg->actionRisks().create(link);
    link.actionId = a2;
    link.residualLikelihood = 0;
    link.residualConsequence = 0;
    f.reg->actionRisks().create(link);

    CHECK(f.reg->actionRisks().ofRisk(risk).size() == 2);
    CHECK(f.reg->actionRisks().ofAction(a1).size() == 1);
    ActionQuery q;
    q.riskId = risk;
    CHECK(f.reg->actions().count(q) == 2);
    REQUIRE(f.reg->actionRisks().proposedResidual(risk));
    CHECK(*f.reg->actionRisks().proposedResidual(risk) == std::make_pair(1, 4));

    // Taking the proposal gives the risk its residual level.
    Risk treated = f.reg->risks().get(risk);
    treated.residualLikelihood = 1;
    treated.residualConsequence = 4;
    f.reg->risks().update(treated);
    CHECK(f.reg->risks().get(risk).residualLevel == f.reg->riskMatrix().current().levelOf(1, 4));

    CHECK_THROWS_WITH(f.reg->actionRisks().create(link), Catch::Contains("redan kopplad"));
    CHECK_THROWS_WITH(f.reg->risks().remove(risk), Catch::Contains("åtgärd"));
    ActionRisk bad;
    bad.actionId = f.reg->actions().create(f.action(QStringLiteral("Väktare"), QDate(), QDate()));
    bad.riskId = risk;
    bad.residualLikelihood = 1;
    CHECK_THROWS_WITH(f.reg->actionRisks().create(bad), Catch::Contains("både"));
    bad.riskId = 9999;
    CHECK_THROWS_WITH(f.reg->actionRisks().create(bad), Catch::Contains("risk"));

    // Unlinking and removing the action.
    f.reg->actionRisks().remove(l1);
    CHECK_FALSE(f.reg->actionRisks().proposedResidual(risk));
    CHECK(f.reg->actionRisks().ofRisk(risk).size() == 1);
}

TEST_CASE("the follow-up log: the latest note is the current state", "[action][notes]")
{
    ActionFixture f;
    const qint64 a = f.reg->actions().create(f.action(QStringLiteral("Kameratillstånd"), QDate(), QDate()));
    ActionNote n;
    n.actionId = a;
    n.notedOn = QDate(2026, 3, 1);
    n.text = QStringLiteral("Väntar på tillståndet");
    f.reg->actionNotes().create(n);
    n.notedOn = QDate(2026, 4, 2);
    n.text = QStringLiteral("Har frågat väktarbolaget");
    f.reg->actionNotes().create(n);
    n.notedOn = QDate(2026, 3, 15); // entered late, dated earlier
    n.text = QStringLiteral("Konsekvensbedömning klar");
    f.reg->actionNotes().create(n);

    CHECK(f.reg->actionNotes().latest(a)->text == QStringLiteral("Har frågat väktarbolaget"));
    CHECK(f.reg->actionNotes().ofAction(a).size() == 3);
    const ActionRow row = f.reg->actions().list(ActionQuery()).front();
    CHECK(row.latestNote == QStringLiteral("Har frågat väktarbolaget"));
    CHECK(row.latestNoteOn == QDate(2026, 4, 2));
    CHECK(f.reg->actionNotes().latest(a)->author == QStringLiteral("tester"));

    ActionNote empty;
    empty.actionId = a;
    CHECK_THROWS_WITH(f.reg->actionNotes().create(empty), Catch::Contains("Skriv"));

    // Removing the action takes its notes along; restoring brings them back.
    f.reg->actions().remove(a);
    CHECK(f.reg->actionNotes().ofAction(a).empty());
    f.reg->actions().restore(a);
    CHECK(f.reg->actionNotes().ofAction(a).size() == 3);
}

TEST_CASE("every action field is validated with a clear message", "[action][validation]")
{
    ActionFixture f;
    const Action ok = f.action(QStringLiteral("Personlarm"), QDate(2026, 3, 1), QDate(2026, 6, 30), 95'000);
    auto with = [&](auto change) {
        Action a = ok;
        change(a);
        return [&f, a] { f.reg->actions().create(a); };
    };
    requireInvalid(f.reg, with([](Action& a) { a.title.clear(); }), "title", "rubrik");
    requireInvalid(f.reg, with([](Action& a) { a.kindId = 999; }), "kind_id", "åtgärdstyp");
    requireInvalid(f.reg, with([](Action& a) { a.unitId = 0; }), "unit_id", "enhet");
    requireInvalid(f.reg, with([](Action& a) { a.siteId = 999; }), "site_id", "lokalen");
    requireInvalid(f.reg, with([](Action& a) { a.responsibleId = 999; }), "responsible_id",
                   "ansvariga finns inte");
    requireInvalid(f.reg, with([](Action& a) { a.dueDate = QDate(2026, 2, 28); }), "due_date",
                   "före den startar");
    requireInvalid(f.reg, with([](Action& a) {
                       a.status = Action::Status::Done;
                       a.doneDate = QDate(2026, 2, 1);
                   }),
                   "done_date", "före den startade");
    requireInvalid(f.reg, with([](Action& a) { a.estimatedCostKr = -1; }), "estimated_cost_kr", "negativ");
    requireInvalid(f.reg, with([](Action& a) { a.actualCostKr = -500; }), "actual_cost_kr", "negativ");
    requireInvalid(f.reg, with([](Action& a) { a.estimatedCostKr = ActionRepository::kMaxCostKr + 1; }),
                   "estimated_cost_kr", "orimligt");
    // A person removed since is unknown too.
    Person gone;
    gone.name = QStringLiteral("Slutat");
    const qint64 goneId = f.reg->people().create(gone);
    f.reg->people().remove(goneId);
    requireInvalid(f.reg, with([&](Action& a) { a.responsibleId = goneId; }), "responsible_id",
                   "ansvariga finns inte");
    // Due on the start day is fine; so is an action without dates.
    Action sameDay = ok;
    sameDay.dueDate = sameDay.startDate;
    CHECK(f.reg->actions().create(sameDay) > 0);
    Action undated = ok;
    undated.startDate = QDate();
    undated.dueDate = QDate();
    CHECK(f.reg->actions().create(undated) > 0);
    // Someone responsible for an action cannot be removed.
    CHECK_THROWS_WITH(f.reg->people().remove(f.person), Catch::Contains("ansvarig"));
}

TEST_CASE("the action list sorts and filters in SQL", "[action][list]")
{
    ActionFixture f;
    const qint64 k2 = f.reg->actionKinds().all().at(1).id;
    for (int i = 1; i <= 4; ++i) {
        Action a =
            f.action(QStringLiteral("Åtgärd %1").arg(i), QDate(2026, 1, 1), QDate(2026, i, 1), i * 1000);
        a.kindId = i % 2 ? f.kind : k2;
        a.needsBoardDecision = i == 3;
        f.reg->actions().create(a);
    }
    f.reg->actions().create(f.action(QStringLiteral("Åtgärd utan datum"), QDate(), QDate()));
    auto titles = [&](ActionQuery q) {
        QStringList out;
        for (const ActionRow& r : f.reg->actions().list(q))
            out << r.action.title;
        return out;
    };
    ActionQuery q; // by due date, undated last
    CHECK(titles(q).last() == QStringLiteral("Åtgärd utan datum"));
    CHECK(titles(q).first() == QStringLiteral("Åtgärd 1"));
    q.ascending = false;
    CHECK(titles(q).first() == QStringLiteral("Åtgärd 4"));
    q.sort = ActionQuery::Sort::EstimatedCost;
    CHECK(titles(q).mid(0, 2) == QStringList{QStringLiteral("Åtgärd 4"), QStringLiteral("Åtgärd 3")});
    ActionQuery kind;
    kind.kindId = k2;
    CHECK(titles(kind) == QStringList{QStringLiteral("Åtgärd 2"), QStringLiteral("Åtgärd 4")});
    ActionQuery decision;
    decision.needsDecisionOnly = true;
    CHECK(titles(decision) == QStringList{QStringLiteral("Åtgärd 3")});
    ActionQuery text;
    text.text = QStringLiteral("utan");
    CHECK(titles(text) == QStringList{QStringLiteral("Åtgärd utan datum")});
    ActionQuery owner;
    owner.responsibleId = f.person;
    CHECK(f.reg->actions().count(owner) == 5);
    ActionQuery scope;
    scope.scopeUnitId = f.admin2;
    CHECK(f.reg->actions().count(scope) == 0);
}

TEST_CASE("actions and their log survive the export round trip", "[action][exchange][file]")
{
    TestRegister source(true);
    REQUIRE(source->actions().count() == 17);
    const QByteArray first = JsonExporter::exportRegister(*source, true);
    TestRegister target;
    JsonImporter::importRegister(*target, first);
    CHECK(JsonExporter::exportRegister(*target, true) == first);
    CHECK(target->actionNotes().count() == source->actionNotes().count());
    CHECK(target->actionRisks().count() == source->actionRisks().count());
}
