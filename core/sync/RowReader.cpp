#include "RowReader.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RecordStore.h"
#include "storage/Tables.h"

namespace sakra {

QJsonValue RowReader::imageValue(const Column& column, const QVariant& stored)
{
    const QVariant v = RecordStore::normalise(column, stored);
    if (v.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (column.type) {
    case ColumnType::Ref: return QJsonValue(uuidOf(column.refTable, v.toLongLong()));
    case ColumnType::Integer: return QJsonValue(v.toLongLong());
    case ColumnType::Text: break;
    }
    return QJsonValue(v.toString());
}

RowImage RowReader::imageOf(const TableSpec& spec, const QVariantMap& row)
{
    RowImage image;
    image.id = row.value(QStringLiteral("id")).toLongLong();
    image.uuid = row.value(QStringLiteral("uuid")).toString();
    image.rowVersion = row.value(QStringLiteral("row_version")).toInt();
    image.deletedAt = row.value(QStringLiteral("deleted_at")).toString();
    image.deleted = !row.value(QStringLiteral("deleted_at")).isNull();
    for (const Column& c : spec.columns)
        image.values.insert(QLatin1String(c.name), imageValue(c, row.value(QLatin1String(c.name))));
    return image;
}

std::vector<RowImage> RowReader::all(const TableSpec& spec)
{
    RecordStore store(m_db, spec);
    Query q(m_db, QStringLiteral("SELECT %1, updated_at, updated_by, created_at FROM %2 ORDER BY id")
                      .arg(store.selectList(), QLatin1String(spec.table)));
    q.exec();
    std::vector<RowImage> out;
    const int extra = store.selectListSize();
    while (q.next()) {
        RowImage image = imageOf(spec, store.rowAt(q));
        image.updatedAt = q.value(extra).toString();
        image.updatedBy = q.value(extra + 1).toString();
        image.createdAt = q.value(extra + 2).toString();
        out.push_back(std::move(image));
    }
    return out;
}

std::optional<RowImage> RowReader::byId(const TableSpec& spec, qint64 id)
{
    RecordStore store(m_db, spec);
    const QString sql = QStringLiteral("SELECT %1, updated_at, updated_by, created_at FROM %2 WHERE id = ?")
                            .arg(store.selectList(), QLatin1String(spec.table));
    Query q = Query::cached(m_db, sql);
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    RowImage image = imageOf(spec, store.rowAt(q));
    image.updatedAt = q.value(store.selectListSize()).toString();
    image.updatedBy = q.value(store.selectListSize() + 1).toString();
    image.createdAt = q.value(store.selectListSize() + 2).toString();
    q.raw().finish();
    return image;
}

std::optional<RowImage> RowReader::byUuid(const TableSpec& spec, const QString& uuid)
{
    const qint64 id = idOf(spec.table, uuid);
    if (id == 0)
        return std::nullopt;
    return byId(spec, id);
}

QString RowReader::uuidOf(const char* table, qint64 id)
{
    QHash<qint64, QString>& known = m_uuids[QLatin1String(table)];
    const auto it = known.constFind(id);
    if (it != known.cend())
        return *it;
    const TableSpec* spec = Tables::byName(QLatin1String(table));
    const QString uuid = spec ? RecordStore(m_db, *spec).uuidForId(id) : QString();
    known.insert(id, uuid);
    return uuid;
}

qint64 RowReader::idOf(const char* table, const QString& uuid)
{
    QHash<QString, qint64>& known = m_ids[QLatin1String(table)];
    const auto it = known.constFind(uuid);
    if (it != known.cend() && *it != 0)
        return *it;
    const TableSpec* spec = Tables::byName(QLatin1String(table));
    const qint64 id = spec ? RecordStore(m_db, *spec).idForUuid(uuid) : 0;
    if (id != 0) // a row not there yet may be written later in the same merge
        known.insert(uuid, id);
    return id;
}

QVariant RowReader::writableValue(const Column& column, const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    if (column.type == ColumnType::Ref)
        return QVariant(idOf(column.refTable, value.toString()));
    if (column.type == ColumnType::Integer)
        return QVariant(value.isString() ? value.toString().toLongLong() : qint64(value.toDouble()));
    return QVariant(value.toString());
}

QVariantMap RowReader::writable(const TableSpec& spec, const QJsonObject& values)
{
    QVariantMap out;
    for (const Column& c : spec.columns)
        out.insert(QLatin1String(c.name), writableValue(c, values.value(QLatin1String(c.name))));
    return out;
}

} // namespace sakra
