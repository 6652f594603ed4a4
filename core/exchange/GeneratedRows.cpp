#include "GeneratedRows.h"

#include "storage/JsonText.h"
#include "storage/RecordStore.h"
#include "storage/Tables.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace sakra {

GeneratedRows::GeneratedRows(Database& db) : m_db(db), m_writer(db) {}

bool GeneratedRows::isLive(const TableSpec& table, qint64 id)
{
    const auto made = m_made.constFind(QLatin1String(table.table));
    if (made != m_made.constEnd() && made->contains(id))
        return true;
    return RecordStore(m_db, table).isLive(id);
}

qint64 GeneratedRows::insert(const TableSpec& spec, const QVariantList& values)
{
    QVariantList row;
    row.reserve(qsizetype(spec.columns.size()));
    for (std::size_t i = 0; i < spec.columns.size(); ++i)
        row << RecordStore::normalise(spec.columns[i], values.at(qsizetype(i)));
    const BulkWriter::Meta meta = m_writer.filled();
    const qint64 id = m_writer.insert(spec, meta, row);
    const QString table = QLatin1String(spec.table);
    m_made[table].insert(id, meta.uuid);
    m_writer.record({QString(),
                     QString(),
                     table,
                     meta.uuid,
                     QStringLiteral("create"),
                     QString(),
                     {},
                     createdJson(spec, row)});
    return id;
}

QString GeneratedRows::createdJson(const TableSpec& spec, const QVariantList& row)
{
    return JsonText::createdObject(spec, row, [this](const Column& c, const QVariant& v) {
        return c.type == ColumnType::Ref ? uuidOf(c.refTable, v.toLongLong()) : v.toString();
    });
}

QString GeneratedRows::uuidOf(const char* table, qint64 id)
{
    const QHash<qint64, QString>& made = m_made[QLatin1String(table)];
    if (auto it = made.constFind(id); it != made.constEnd())
        return *it;
    QHash<qint64, QString>& known = m_referred[QLatin1String(table)];
    if (auto it = known.constFind(id); it != known.constEnd())
        return *it;
    const TableSpec* spec = Tables::byName(QLatin1String(table));
    const QString uuid = spec ? RecordStore(m_db, *spec).uuidForId(id) : QString::number(id);
    known.insert(id, uuid);
    return uuid;
}

} // namespace sakra
