#include "StatementTrace.h"

#include "Database.h"
#include "Query.h"

#include <QHash>
#include <sqlite3.h>

namespace sakra {

StatementTrace::StatementTrace(Database& db) : m_db(db)
{
    sqlite3_trace_v2(m_db.handle(), SQLITE_TRACE_STMT, &StatementTrace::onStatement, this);
}

StatementTrace::~StatementTrace()
{
    if (m_db.handle())
        sqlite3_trace_v2(m_db.handle(), 0, nullptr, nullptr);
}

int StatementTrace::onStatement(unsigned type, void* context, void* statement, void*)
{
    if (type == SQLITE_TRACE_STMT)
        if (char* sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement))) {
            static_cast<StatementTrace*>(context)->m_statements.append(QString::fromUtf8(sql));
            sqlite3_free(sql);
        }
    return 0;
}

QString StatementTrace::planOf(Database& db, const QString& sql)
{
    Query q(db, QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    q.exec();
    // Each step indented by two spaces a level below the top, as the sqlite3 shell draws the tree.
    QHash<int, int> depth;
    QStringList steps;
    while (q.next()) {
        const int level = depth.value(q.value(1).toInt(), -1) + 1;
        depth.insert(q.value(0).toInt(), level);
        steps << QString(2 * level, QLatin1Char(' ')) + q.value(3).toString();
    }
    return steps.join(QLatin1Char('\n'));
}

} // namespace sakra
