#include "SqlSnippets.h"

namespace sakra::SqlSnippets {

QString inScope(const char* column)
{
    return QStringLiteral(
               " AND %1 IN (WITH RECURSIVE sub(id) AS (SELECT id FROM org_unit WHERE id = ? UNION ALL "
               "SELECT c.id FROM org_unit c JOIN sub ON c.parent_id = sub.id WHERE c.deleted_at IS NULL) "
               "SELECT id FROM sub)")
        .arg(QLatin1String(column));
}

QString containsPattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace sakra::SqlSnippets
