#include "JsonExporter.h"

#include "ExchangeFormat.h"
#include "Register.h"
#include "storage/Query.h"
#include "storage/Tables.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sakra {

namespace {

const char* const kMetaColumns[] = {"uuid",       "created_at",  "updated_at",
                                    "updated_by", "row_version", "deleted_at"};

QHash<qint64, QString> uuidsOf(Database& db, const char* table)
{
    QHash<qint64, QString> map;
    Query q(db, QStringLiteral("SELECT id, uuid FROM %1").arg(QLatin1String(table)));
    q.exec();
    while (q.next())
        map.insert(q.value(0).toLongLong(), q.value(1).toString());
    return map;
}

QJsonValue jsonOf(const QVariant& v, bool integer)
{
    if (v.isNull())
        return QJsonValue(QJsonValue::Null);
    return integer ? QJsonValue(v.toLongLong()) : QJsonValue(v.toString());
}

QJsonArray exportTable(Database& db, const TableSpec& spec, QHash<QString, QHash<qint64, QString>>& refCache)
{
    QStringList columns;
    for (const char* meta : kMetaColumns)
        columns << QLatin1String(meta);
    for (const Column& c : spec.columns) {
        columns << QLatin1String(c.name);
        if (c.type == ColumnType::Ref && !refCache.contains(QLatin1String(c.refTable)))
            refCache.insert(QLatin1String(c.refTable), uuidsOf(db, c.refTable));
    }
    Query q(db, QStringLiteral("SELECT %1 FROM %2 ORDER BY id")
                    .arg(columns.join(QLatin1Char(',')), QLatin1String(spec.table)));
    q.exec();
    QJsonArray rows;
    const int metaCount = int(std::size(kMetaColumns));
    while (q.next()) {
        QJsonObject row;
        for (int i = 0; i < metaCount; ++i)
            row.insert(columns.at(i), jsonOf(q.value(i), i == 4));
        for (std::size_t c = 0; c < spec.columns.size(); ++c) {
            const Column& column = spec.columns[c];
            const QVariant v = q.value(metaCount + int(c));
            if (column.type == ColumnType::Ref)
                row.insert(
                    QLatin1String(column.name),
                    v.isNull()
                        ? QJsonValue(QJsonValue::Null)
                        : QJsonValue(refCache.value(QLatin1String(column.refTable)).value(v.toLongLong())));
            else
                row.insert(QLatin1String(column.name), jsonOf(v, column.type == ColumnType::Integer));
        }
        rows.append(row);
    }
    return rows;
}

QJsonArray exportHistory(Database& db, bool includeRestricted)
{
    QStringList skipped;
    for (const TableSpec* spec : Tables::all())
        if (spec->restricted && !includeRestricted)
            skipped << QLatin1String(spec->table);
    static const char* const columns[] = {"at",     "actor", "entity",    "entity_uuid",
                                          "action", "field", "old_value", "new_value"};
    Query q(db, QStringLiteral("SELECT at, actor, entity, entity_uuid, action, field, old_value, new_value "
                               "FROM change_log ORDER BY id"));
    q.exec();
    QJsonArray rows;
    while (q.next()) {
        if (skipped.contains(q.value(2).toString()))
            continue;
        QJsonObject row;
        for (int i = 0; i < 8; ++i)
            row.insert(QLatin1String(columns[i]), jsonOf(q.value(i), false));
        rows.append(row);
    }
    return rows;
}

} // namespace

QByteArray JsonExporter::exportRegister(Register& reg, bool includeRestricted)
{
    Database& db = reg.database();
    QHash<QString, QHash<qint64, QString>> refCache;
    QJsonObject tables;
    for (const TableSpec* spec : Tables::all())
        if (!spec->restricted || includeRestricted)
            tables.insert(QLatin1String(spec->table), exportTable(db, *spec, refCache));
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(ExchangeFormat::kFormatName));
    root.insert(QStringLiteral("formatVersion"), ExchangeFormat::kFormatVersion);
    root.insert(QStringLiteral("schemaVersion"), db.schemaVersion());
    root.insert(QStringLiteral("tables"), tables);
    root.insert(QStringLiteral("history"), exportHistory(db, includeRestricted));
    root.insert(QStringLiteral("includesRestricted"), includeRestricted);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace sakra
