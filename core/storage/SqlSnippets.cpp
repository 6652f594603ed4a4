#include "SqlSnippets.h"

#include "Database.h"
#include "Query.h"

namespace sakra::SqlSnippets {

QString inScope(const char* column)
{
    return QStringLiteral(
               " AND %1 IN (WITH RECURSIVE sub(id) AS (SELECT id FROM org_unit WHERE id = ? UNION ALL "
               "SELECT c.id FROM org_unit c JOIN sub ON c.parent_id = sub.id WHERE c.deleted_at IS NULL) "
               "SELECT id FROM sub)")
        .arg(QLatin1String(column));
}

qint64 scopeOrTop(Database& db, qint64 scopeUnitId)
{
    if (scopeUnitId > 0)
        return scopeUnitId;
    return Query(db, QStringLiteral(
                         "SELECT id FROM org_unit WHERE parent_id IS NULL AND deleted_at IS NULL ORDER BY "
                         "id LIMIT 1"))
        .scalar()
        .toLongLong();
}

namespace {
QString direction(bool ascending)
{
    return ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
}
} // namespace

QString onlyUnitsSeen(const Database& db, const QString& column)
{
    if (!db.onServer() || db.seesEverything())
        return {};
    return QStringLiteral(" AND %1 = ANY (ARRAY(SELECT sakra_visible_units()))").arg(column);
}

QString orderById(const QString& column, const char* alias, bool ascending)
{
    return orderThen(column, ascending, "") + QStringLiteral(", ") + QLatin1String(alias) +
           QStringLiteral(".id") + direction(ascending);
}

QString orderNullsLastById(const QString& column, const char* alias, bool ascending)
{
    return orderById(column + QStringLiteral(" IS NULL, ") + column, alias, ascending);
}

QString orderThen(const QString& column, bool ascending, const char* then)
{
    return QStringLiteral(" ORDER BY ") + column + direction(ascending) + QLatin1String(then);
}

} // namespace sakra::SqlSnippets
