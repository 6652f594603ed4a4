#include "SqlSnippets.h"

#include "Database.h"
#include "Query.h"

#include <QRegularExpression>

namespace sakra::SqlSnippets {

namespace {
// How inScope's condition begins, after the column.
const QLatin1String kScopeStart(" IN (WITH RECURSIVE sub(id) AS (");
} // namespace

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

bool ordersOnlyBy(const QString& order, const char* alias)
{
    static const QRegularExpression qualified(QStringLiteral(R"(\b([A-Za-z_][A-Za-z0-9_]*)\.)"));
    auto it = qualified.globalMatch(order);
    while (it.hasNext())
        if (it.next().capturedView(1) != QLatin1String(alias))
            return false;
    return true;
}

QString keysFirst(const QString& select, const char* table, const char* alias, const QString& joins,
                  const QString& where, const QString& order)
{
    const QString t = QLatin1String(table);
    const QString a = QLatin1String(alias);
    // The whole register: the list's index gives the order and the first rows it passes are the
    // page, so picking the ids first would only look every row up twice.
    if (!where.contains(kScopeStart))
        return select + QStringLiteral(" FROM ") + t + QLatin1Char(' ') + a + joins + where + order +
               QStringLiteral(" LIMIT ? OFFSET ?");
    return select + QStringLiteral(" FROM (SELECT ") + a + QStringLiteral(".id FROM ") + t +
           QLatin1Char(' ') + a + where + order + QStringLiteral(" LIMIT ? OFFSET ?) AS page JOIN ") + t +
           QLatin1Char(' ') + a + QStringLiteral(" ON ") + a + QStringLiteral(".id = page.id") + joins +
           order;
}

} // namespace sakra::SqlSnippets
