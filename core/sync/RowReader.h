#pragma once

#include "RowImage.h"

#include <QHash>
#include <QSet>
#include <QVariantMap>
#include <optional>
#include <vector>

namespace sakra {

class Database;
struct Column;

// Reads rows of one register as RowImages and turns references between ids and UUIDs, with the
// lookups kept for the next row. Through RecordStore's statements only: nothing here depends on
// the engine.
class RowReader
{
public:
    explicit RowReader(Database& db) : m_db(db) {}

    // Every row of the table, tombstones included, in id order.
    std::vector<RowImage> all(const TableSpec& spec);
    std::optional<RowImage> byUuid(const TableSpec& spec, const QString& uuid);
    std::optional<RowImage> byId(const TableSpec& spec, qint64 id);

    QString uuidOf(const char* table, qint64 id);
    // 0 when the register has no such row.
    qint64 idOf(const char* table, const QString& uuid);
    // The row as RecordStore writes it: references turned back into this register's ids (0 when
    // a referred row is missing, which the caller checks first).
    QVariantMap writable(const TableSpec& spec, const QJsonObject& values);
    // A value of column as RecordStore takes it (a UUID turned into this register's id).
    QVariant writableValue(const Column& column, const QJsonValue& value);

    // The image of a row as RecordStore::load() returns it.
    RowImage imageOf(const TableSpec& spec, const QVariantMap& row);
    // A value as the image keeps it.
    QJsonValue imageValue(const Column& column, const QVariant& stored);

    Database& database() const { return m_db; }

private:
    Database& m_db;
    QHash<QString, QHash<qint64, QString>> m_uuids;
    QHash<QString, QHash<QString, qint64>> m_ids;
};

} // namespace sakra
