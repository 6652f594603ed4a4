#include "Query.h"

#include "Database.h"
#include "Errors.h"

#include <QSqlError>

namespace sakra {

Query::Query(const Database& db, const QString& sql) : m_query(db.connection()), m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        throw StorageError(QStringLiteral("SQL prepare failed: %1").arg(m_query.lastError().text()));
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
        throw StorageError(QStringLiteral("SQL failed: %1").arg(m_query.lastError().text()));
    return *this;
}

QVariant Query::scalar()
{
    exec();
    return next() ? value(0) : QVariant();
}

} // namespace sakra
