#include "TestRegister.h"
#include "exchange/Generator.h"
#include "storage/Query.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace sakra;

namespace {

int onStatement(unsigned type, void* context, void* statement, void*)
{
    if (type == SQLITE_TRACE_STMT)
        if (char* sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement))) {
            static_cast<QStringList*>(context)->append(QString::fromUtf8(sql));
            sqlite3_free(sql);
        }
    return 0;
}

// The statements work runs on the register's connection, with their values filled in.
QStringList statementsOf(Database& db, const std::function<void()>& work)
{
    QStringList seen;
    sqlite3_trace_v2(db.handle(), SQLITE_TRACE_STMT, onStatement, &seen);
    work();
    sqlite3_trace_v2(db.handle(), 0, nullptr, nullptr);
    return seen;
}

// SQLite's plan for sql, one line a step.
QString planOf(Database& db, const QString& sql)
{
    Query q(db, QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    q.exec();
    QStringList steps;
    while (q.next())
        steps << q.value(3).toString();
    return steps.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("the first page of overdue actions is read in due order from an index of the open actions",
          "[action][plan]")
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
    const QStringList sql = statementsOf(reg->database(), [&] { rows = reg->actions().list(query); });
    REQUIRE(rows.size() == 200);
    for (std::size_t i = 1; i < rows.size(); ++i)
        CHECK(rows[i - 1].action.dueDate <= rows[i].action.dueDate);
    CHECK(rows.back().action.dueDate < query.today);
    QString page;
    for (const QString& s : sql)
        if (s.contains(QLatin1String("FROM action a")) && s.contains(QLatin1String("LIMIT")))
            page = s;
    REQUIRE(!page.isEmpty());
    const QString plan = planOf(reg->database(), page);
    INFO(plan.toStdString());
    CHECK(plan.contains(QLatin1String("USING INDEX action_open_due")));
    // In order from the index: no sorting of every overdue action to take the first page.
    CHECK_FALSE(plan.contains(QLatin1String("TEMP B-TREE FOR ORDER BY")));
}
