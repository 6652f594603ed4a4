#include "TestRegister.h"
#include "exchange/Generator.h"
#include "storage/StatementTrace.h"

#include <catch2/catch.hpp>

using namespace sakra;

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
    CHECK(plan.contains(QLatin1String("USING INDEX action_open_due")));
    // In order from the index: no sorting of every overdue action to take the first page.
    CHECK_FALSE(plan.contains(QLatin1String("TEMP B-TREE FOR ORDER BY")));
}
