#include "ListFilter.h"

#include "Query.h"
#include "SqlSnippets.h"
#include "TextSearch.h"

namespace sakra {

ListFilter::ListFilter(const char* alias)
    : m_sql(alias ? QStringLiteral(" WHERE %1.deleted_at IS NULL").arg(QLatin1String(alias))
                  : QStringLiteral(" WHERE deleted_at IS NULL"))
{
}

ListFilter& ListFilter::where(const QString& condition, std::initializer_list<QVariant> values)
{
    m_sql += QStringLiteral(" AND ") + condition;
    for (const QVariant& v : values)
        m_values << v;
    return *this;
}

ListFilter& ListFilter::equals(const char* column, const QVariant& value)
{
    return where(QStringLiteral("%1 = ?").arg(QLatin1String(column)), {value});
}

ListFilter& ListFilter::between(const char* column, const QDate& from, const QDate& to)
{
    if (from.isValid())
        where(QStringLiteral("%1 >= ?").arg(QLatin1String(column)), {from.toString(Qt::ISODate)});
    if (to.isValid())
        where(QStringLiteral("%1 <= ?").arg(QLatin1String(column)), {to.toString(Qt::ISODate)});
    return *this;
}

ListFilter& ListFilter::inScope(const char* column, qint64 unitId)
{
    if (unitId > 0) {
        m_sql += SqlSnippets::inScope(column);
        m_values << unitId;
    }
    return *this;
}

ListFilter& ListFilter::matches(const QString& text, const char* idColumn, const char* table)
{
    if (text.trimmed().isEmpty())
        return *this;
    const QString expression = TextSearch::matchExpression(text);
    // Only signs and spaces: nothing can begin with them, so nothing is listed.
    if (expression.isEmpty())
        return where(QStringLiteral("1 = 0"));
    return where(QStringLiteral("%1 IN (%2)").arg(QLatin1String(idColumn), TextSearch::matchingIds(table)),
                 {expression});
}

void ListFilter::bindTo(Query& q) const
{
    for (const QVariant& v : m_values)
        q.bind(v);
}

} // namespace sakra
