#include "TestRegister.h"
#include "exchange/Generator.h"
#include "storage/StatementTrace.h"

#include <catch2/catch.hpp>
#include <functional>

using namespace sakra;

namespace {

// The steps of plan (StatementTrace::planOf, indented by level) below the step header.
QString stepsBelow(const QString& plan, const char* header)
{
    const QStringList steps = plan.split(QLatin1Char('\n'));
    QStringList below;
    int level = -1;
    for (const QString& step : steps) {
        const int indent = int(step.size() - step.trimmed().size());
        if (level >= 0 && indent <= level)
            break;
        if (level >= 0)
            below << step;
        else if (step.trimmed() == QLatin1String(header))
            level = indent;
    }
    return below.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("the first page of overdue actions is read in due order from an index of the open actions",
          "[action][plan][file]")
{
    // A municipality's worth of actions, with the planner's statistics as a register keeps them.
    TestRegister reg;
    Generator::generate(*reg, Generator::Scale::Municipality);
    reg->database().refreshPlannerStatistics();
    ActionQuery query;
    query.overdueOnly = true;
    query.sort = ActionSort::DueDate;
    query.ascending = true;
    query.limit = 200;
    std::vector<ActionRow> rows;
    QStringList sql;
    {
        StatementTrace trace(reg->database());
        rows = reg->actions().list(query);
        sql = trace.statements();
    }
    REQUIRE(rows.size() == 200);
    for (std::size_t i = 1; i < rows.size(); ++i)
        CHECK(rows[i - 1].action.dueDate <= rows[i].action.dueDate);
    CHECK(rows.back().action.dueDate < query.today);
    QString page;
    for (const QString& s : sql)
        if (s.contains(QLatin1String("FROM action a")) && s.contains(QLatin1String("LIMIT")))
            page = s;
    REQUIRE(!page.isEmpty());
    const QString plan = StatementTrace::planOf(reg->database(), page);
    INFO(plan.toStdString());
    // In order from the index: no sorting of every overdue action to take the first page.
    CHECK(plan.contains(QLatin1String("USING INDEX action_open_due")));
    CHECK_FALSE(plan.contains(QLatin1String("TEMP B-TREE FOR ORDER BY")));
}

namespace {

// What a list statement should do: read through index (only the index when covering, for a count
// or the ids of a page: no look-up of a table row for every entry passed) and, for a page whose
// order the index has, take the first page without sorting every row the filter lets through.
struct Expected
{
    const char* what;
    const char* alias; // of the listed table, whose rows no step may read one by one; none: a report
    std::function<void(Register&)> run;
    const char* index;
    bool covering;
    bool inIndexOrder;
};

} // namespace

TEST_CASE("every list page and count reads through the index made for it", "[plan][file]")
{
    TestRegister reg;
    Generator::generate(*reg, Generator::Scale::Municipality);
    const qint64 admin = reg->units().ofKinds({UnitKind::Administration}).front().id;
    auto page = [](auto query) {
        query.limit = 200;
        return query;
    };
    auto scoped = [admin](auto query) {
        query.scopeUnitId = admin;
        return query;
    };
    ActionQuery overdue;
    overdue.overdueOnly = true;
    ActionQuery soon;
    soon.dueWithinDays = 30;
    RiskQuery high;
    high.level = 3;

    const std::vector<Expected> expected = {
        {"risks: first page by level", "r", [&](Register& r) { r.risks().list(page(RiskQuery())); },
         "risk_level", true, true},
        {"risks: count", "r", [&](Register& r) { r.risks().count(RiskQuery()); }, "risk_", true, false},
        {"risks of an administration: first page", "r",
         [&](Register& r) { r.risks().list(page(scoped(RiskQuery()))); }, "risk_unit", true, false},
        {"risks of an administration: count", "r", [&](Register& r) { r.risks().count(scoped(RiskQuery())); },
         "risk_unit", true, false},
        {"risks of one level: first page", "r", [&](Register& r) { r.risks().list(page(high)); },
         "risk_level", true, true},
        {"actions: first page by due date", "a", [&](Register& r) { r.actions().list(page(ActionQuery())); },
         "action_due", true, true},
        {"actions: count", "a", [&](Register& r) { r.actions().count(ActionQuery()); }, "action_", true,
         false},
        {"actions of an administration: first page", "a",
         [&](Register& r) { r.actions().list(page(scoped(ActionQuery()))); }, "action_money", true, false},
        {"overdue actions: first page", "a", [&](Register& r) { r.actions().list(page(overdue)); },
         "action_open_due", false, true},
        {"overdue actions: count", "a", [&](Register& r) { r.actions().count(overdue); }, "action_open_due",
         false, false},
        {"actions due soon: first page", "a", [&](Register& r) { r.actions().list(page(soon)); },
         "action_open_due", false, true},
        {"incidents: first page, newest first", "i",
         [&](Register& r) { r.incidents().list(page(IncidentQuery())); }, "incident_date", true, true},
        {"incidents: count", "i", [&](Register& r) { r.incidents().count(IncidentQuery()); }, "incident_",
         true, false},
        {"incidents of an administration: first page", "i",
         [&](Register& r) { r.incidents().list(page(scoped(IncidentQuery()))); }, "incident_unit_kind", true,
         false},
        {"incidents of an administration: count", "i",
         [&](Register& r) { r.incidents().count(scoped(IncidentQuery())); }, "incident_unit_kind", true,
         false},
        {"training: first page, newest first", "t",
         [&](Register& r) { r.trainings().list(page(TrainingQuery())); }, "training_held", true, true},
        {"training: count", "t", [&](Register& r) { r.trainings().count(TrainingQuery()); }, "training_",
         true, false},
        {"training of an administration: first page", "t",
         [&](Register& r) { r.trainings().list(page(scoped(TrainingQuery()))); }, "training_unit", true,
         false},
        {"people: first page by name", "p", [&](Register& r) { r.people().list(page(PersonQuery())); },
         "person_name", true, true},
        {"people: count", "p", [&](Register& r) { r.people().count(PersonQuery()); }, "person_", true, false},
        {"people of an administration: first page", "p",
         [&](Register& r) { r.people().list(page(scoped(PersonQuery()))); }, "person_unit", true, false},
        {"routines: first page by title", "r", [&](Register& r) { r.routines().list(page(RoutineQuery())); },
         "routine_title", false, true},
        {"alarm equipment: first page by next test", "a",
         [&](Register& r) { r.alarmEquipment().list(page(AlarmQuery())); }, "alarm_equipment_test", false,
         true},
        {"cost per board and year", nullptr, [&](Register& r) { r.actionOverview().costPerBoardAndYear(); },
         "action_money", true, false},
        {"actions per status per department", nullptr,
         [&](Register& r) { r.actionOverview().statusPerDepartment(); }, "action_unit", true, false},
    };
    for (const Expected& e : expected) {
        QStringList sql;
        {
            StatementTrace trace(reg->database());
            e.run(*reg);
            sql = trace.statements();
        }
        INFO(e.what);
        REQUIRE(!sql.isEmpty());
        const QString plan = StatementTrace::planOf(reg->database(), sql.front());
        INFO(sql.front().toStdString());
        INFO(plan.toStdString());
        // A page of a part of the organisation picks its ids in a subquery of its own, from the
        // index alone; a page of the whole register reads its rows whole in the index's order; a
        // count or a report is one statement.
        const bool idsFirst = plan.contains(QLatin1String("MATERIALIZE page")) ||
                              plan.contains(QLatin1String("CO-ROUTINE page"));
        const QString ids = !idsFirst ? plan
                            : plan.contains(QLatin1String("MATERIALIZE page"))
                                ? stepsBelow(plan, "MATERIALIZE page")
                                : stepsBelow(plan, "CO-ROUTINE page");
        const bool wholeRows = !idsFirst && sql.front().contains(QLatin1String(" LIMIT "));
        const QString index =
            QLatin1String(e.covering && !wholeRows ? "COVERING INDEX " : "INDEX ") + QLatin1String(e.index);
        CHECK(ids.contains(index));
        // No step reads the listed table row by row.
        if (e.alias)
            for (const QString& step : plan.split(QLatin1Char('\n')))
                CHECK(step.trimmed() != QLatin1String("SCAN ") + QLatin1String(e.alias));
        // The page's own order (a subquery of a column may sort its few rows).
        if (e.inIndexOrder) {
            QStringList own;
            for (const QString& step : ids.split(QLatin1Char('\n')))
                if (idsFirst || !step.startsWith(QLatin1Char(' ')))
                    own << step;
            CHECK_FALSE(own.join(QLatin1Char('\n')).contains(QLatin1String("TEMP B-TREE FOR ORDER BY")));
        }
    }
}
