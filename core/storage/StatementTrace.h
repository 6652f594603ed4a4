#pragma once

#include <QStringList>

namespace sakra {

class Database;

// The statements run on a connection while it lives, with their bound values filled in, and
// SQLite's plan for one of them: for tests that a list query uses the index made for it.
class StatementTrace
{
public:
    explicit StatementTrace(Database& db);
    ~StatementTrace();
    StatementTrace(const StatementTrace&) = delete;
    StatementTrace& operator=(const StatementTrace&) = delete;

    const QStringList& statements() const { return m_statements; }
    // EXPLAIN QUERY PLAN of sql on db, one line a step, indented two spaces a level.
    static QString planOf(Database& db, const QString& sql);

private:
    static int onStatement(unsigned type, void* context, void* statement, void*);

    Database& m_db;
    QStringList m_statements;
};

} // namespace sakra
