#include "Query.h"

#include "Database.h"
#include "Errors.h"

#include <QCoreApplication>
#include <QSqlError>

namespace sakra {

void Query::fail(const QSqlError& error, const QString& what)
{
    // SQLite's primary result codes, as Qt's driver reports them.
    // Qt's driver may report SQLite's extended codes; the primary code is the low byte.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    constexpr int kBusy = 5, kLocked = 6, kReadOnly = 8;
    if (code == kBusy || code == kLocked)
        throw BusyError(QCoreApplication::translate(
            "sakra::Query", "Registret används just nu av ett annat fönster eller en annan dator. "
                            "Inget har ändrats; försök igen om en stund."));
    if (code == kReadOnly)
        throw StorageError(QCoreApplication::translate(
            "sakra::Query", "Registret är öppnat skrivskyddat; ändringen sparades inte."));
    throw StorageError(QStringLiteral("%1: %2").arg(what, error.text()));
}

Query::Query(const Database& db, const QString& sql) : m_query(db.connection()), m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        fail(m_query.lastError(), QStringLiteral("SQL prepare failed"));
}

Query Query::cached(const Database& db, const QString& sql)
{
    return Query(db.cachedStatement(sql), sql);
}

Query& Query::bind(const QVariant& value)
{
    m_query.addBindValue(value);
    return *this;
}

Query& Query::bind(const QString& name, const QVariant& value)
{
    m_query.bindValue(name, value);
    return *this;
}

Query& Query::exec()
{
    if (!m_query.exec())
        fail(m_query.lastError(), QStringLiteral("SQL failed"));
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
