#include "Query.h"

#include "Database.h"
#include "Errors.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QSqlError>

namespace sakra {

void Query::fail(const QSqlError& error, const QString& what, Engine engine)
{
    switch (SqlDialect::classify(engine, error)) {
    case SqlDialect::Failure::Busy:
        throw BusyError(QCoreApplication::translate(
            "sakra::Query", "Registret används just nu av ett annat fönster eller en annan dator. "
                            "Inget har ändrats; försök igen om en stund."));
    case SqlDialect::Failure::ReadOnly:
        throw StorageError(QCoreApplication::translate(
            "sakra::Query", "Registret är öppnat skrivskyddat; ändringen sparades inte."));
    case SqlDialect::Failure::Permission:
        throw PermissionError(QCoreApplication::translate(
            "sakra::Query", "Du har inte behörighet till det här; ändringen sparades inte. Fråga den som "
                            "ger behörigheter i det gemensamma registret."));
    case SqlDialect::Failure::Connection:
        throw ConnectionLostError(QCoreApplication::translate(
            "sakra::Query", "Förbindelsen med det gemensamma registret bröts; ändringen sparades inte."));
    case SqlDialect::Failure::Conflict:
    case SqlDialect::Failure::Other: break;
    }
    throw StorageError(QStringLiteral("%1: %2").arg(what, error.text()));
}

Query::Query(const Database& db, const QString& sql)
    : m_query(db.connection()), m_sql(SqlDialect::adapt(db.engine(), sql)), m_engine(db.engine())
{
    // Forward-only on a server would stream rows in single-row mode, and the next statement on the
    // connection would drop the rest: there a result is read whole, so a loop can write as it reads.
    m_query.setForwardOnly(m_engine == Engine::Sqlite);
    // On a server the values are put into the statement by the driver's own quoting
    // (SqlDialect::withValues), as Qt's driver does for the statements it prepares: a value then
    // has the type its place in the statement gives it, as in SQLite, and utility statements
    // (SET, CREATE, GRANT), which the server does not prepare, run the same way.
    if (m_engine == Engine::Postgres)
        return;
    if (!m_query.prepare(m_sql))
        fail(m_query.lastError(), QStringLiteral("SQL prepare failed"), m_engine);
}

Query Query::cached(const Database& db, const QString& sql)
{
    if (db.engine() == Engine::Postgres)
        return Query(db, sql);
    return Query(db.cachedStatement(sql), SqlDialect::adapt(db.engine(), sql), db.engine());
}

Query& Query::bind(const QVariant& value)
{
    // SQLite stores a truth value as 1 or 0 in an integer column; PostgreSQL wants it so too.
    if (m_engine == Engine::Postgres)
        m_values.append(value.typeId() == QMetaType::Bool ? QVariant(value.toBool() ? 1 : 0) : value);
    else
        m_query.addBindValue(value);
    return *this;
}

Query& Query::bind(const QString& name, const QVariant& value)
{
    if (m_engine == Engine::Postgres)
        throw StorageError(QStringLiteral("Named values are not used with a server register: %1").arg(name));
    m_query.bindValue(name, value);
    return *this;
}

Query& Query::exec()
{
    bool ran = false;
    if (m_engine == Engine::Postgres) {
        const QString text = SqlDialect::withValues(m_sql, m_values, *m_query.driver());
        m_values.clear();
        ran = m_query.exec(text);
    } else {
        ran = m_query.exec();
    }
    if (!ran)
        fail(m_query.lastError(), QStringLiteral("SQL failed"), m_engine);
    if (SqlDialect::returnsId(m_engine, m_sql))
        m_lastId = m_query.next() ? m_query.value(0).toLongLong() : 0;
    return *this;
}

QVariant Query::scalar()
{
    exec();
    const QVariant first = next() ? value(0) : QVariant();
    // Done with it: a kept statement must not hold the file open for reading.
    m_query.finish();
    return first;
}

} // namespace sakra
