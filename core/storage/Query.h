#pragma once

#include "Engine.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace sakra {

class Database;

// A prepared statement that throws StorageError instead of returning false, so callers cannot
// forget to check. Values are always bound, never pasted into the SQL text.
class Query
{
public:
    Query(const Database& db, const QString& sql);
    // The connection's kept statement for sql (Database::cachedStatement): no prepare after the
    // first time. For single lookups (scalar()) only.
    static Query cached(const Database& db, const QString& sql);

    Query& bind(const QVariant& value);
    Query& bind(const QString& name, const QVariant& value);
    Query& exec();
    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }
    QVariant value(const QString& name) const { return m_query.value(name); }
    qint64 lastInsertId() const { return m_lastId >= 0 ? m_lastId : m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery& raw() { return m_query; }

    // Executes and returns the first column of the first row, or an invalid QVariant.
    QVariant scalar();

    // The error to throw for a failed statement: BusyError when another connection held the
    // file past the busy timeout, a plain message for a read-only register, else StorageError.
    // PermissionError and ConnectionLostError for what a server refuses or loses.
    [[noreturn]] static void fail(const QSqlError& error, const QString& what,
                                  Engine engine = Engine::Sqlite);

private:
    Query(QSqlQuery prepared, const QString& sql, Engine engine)
        : m_query(std::move(prepared)), m_sql(sql), m_engine(engine)
    {
    }

    QSqlQuery m_query;
    QString m_sql;
    Engine m_engine = Engine::Sqlite;
    qint64 m_lastId = -1;  // the id an INSERT returned on a server
    QVariantList m_values; // on a server: the values bound for the next exec()
};

} // namespace sakra
