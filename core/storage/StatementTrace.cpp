#include "StatementTrace.h"

#include "Database.h"
#include "Query.h"

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
    QStringList steps;
    while (q.next())
        steps << q.value(3).toString();
    return steps.join(QLatin1Char('\n'));
}

} // namespace sakra
