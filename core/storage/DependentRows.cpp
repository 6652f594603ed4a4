#include "DependentRows.h"

#include "Query.h"
#include "RecordStore.h"
#include "TableSpec.h"

#include <vector>

namespace sakra::DependentRows {

namespace {

// The table and column names come from the TableSpecs (compile-time constants); values are bound.
std::vector<qint64> ids(Database& db, const QString& sql, qint64 ownerId,
                        const QString& removedAt = QString())
{
    Query q(db, sql);
    q.bind(ownerId);
    if (!removedAt.isNull())
        q.bind(removedAt);
    q.exec();
    std::vector<qint64> out;
    while (q.next())
        out.push_back(q.value(0).toLongLong());
    return out;
}

} // namespace

void remove(Database& db, const TableSpec& spec, const char* column, qint64 ownerId)
{
    const QString sql = QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND deleted_at IS NULL")
                            .arg(QLatin1String(spec.table), QLatin1String(column));
    RecordStore store(db, spec);
    for (qint64 id : ids(db, sql, ownerId))
        store.remove(id);
}

void restore(Database& db, const TableSpec& spec, const char* column, qint64 ownerId,
             const QString& removedAt)
{
    QString sql = QStringLiteral("SELECT d.id FROM %1 d WHERE d.%2 = ? AND d.deleted_at >= ?")
                      .arg(QLatin1String(spec.table), QLatin1String(column));
    for (const Column& c : spec.columns) {
        if (c.type != ColumnType::Ref || qstrcmp(c.name, column) == 0)
            continue;
        sql += QStringLiteral(" AND (d.%1 IS NULL OR EXISTS (SELECT 1 FROM %2 r WHERE r.id = d.%1 AND "
                              "r.deleted_at IS NULL))")
                   .arg(QLatin1String(c.name), QLatin1String(c.refTable));
    }
    RecordStore store(db, spec);
    for (qint64 id : ids(db, sql, ownerId, removedAt))
        store.restore(id);
}

} // namespace sakra::DependentRows
