#pragma once

#include "ChangeEntry.h"
#include "HashChain.h"
#include "Query.h"
#include "SqliteStatement.h"
#include "TableSpec.h"

#include <QHash>
#include <QStringList>
#include <QVariantList>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace sakra {

class Database;

// The one write path of every import (JSON, spreadsheets; later merges): many rows in one
// transaction with one prepared statement per table and kind of write, reused for every row, and
// the change history appended with one statement too. The writes go through SqliteStatement. It bypasses
// RecordStore, so its callers validate first; the schema's CHECK constraints and triggers (closure, incident
// tallies) still apply to every row. While it lives the connection keeps a larger page cache. Every table
// written is added to the pending ChangeSet as a whole. Use inside a Transaction.
class BulkWriter
{
public:
    // The meta columns of a row: as the file has them (JSON), or filled() for a new row.
    struct Meta
    {
        QString uuid;
        QString createdAt;
        QString updatedAt;
        QString updatedBy;
        qint64 rowVersion = 1;
        QString deletedAt; // empty: a live row
    };

    explicit BulkWriter(Database& db);
    ~BulkWriter();
    BulkWriter(const BulkWriter&) = delete;
    BulkWriter& operator=(const BulkWriter&) = delete;

    // Meta for a new row made now by the connection's actor (a new UUID when uuid is empty).
    Meta filled(const QString& uuid = QString()) const;

    // values: one per column of spec, in its order, as the column stores them (RecordStore's
    // normalise). Returns the new row's id.
    qint64 insert(const TableSpec& spec, const Meta& meta, const QVariantList& values);
    // Many new rows, as insert() writes each, several to a statement: SQLite runs a statement's
    // setup (among it a lookup table for each CHECK (x IN (...)) of the table) once per run, which
    // for the incidents cost more than the rows themselves. The rows' ids are not returned.
    void insertMany(const TableSpec& spec, const std::vector<std::pair<Meta, QVariantList>>& rows);
    // Every column and meta column of row id, as given.
    void overwrite(const TableSpec& spec, qint64 id, const Meta& meta, const QVariantList& values);
    // Writes values over row id as a change made now: row version raised by one, updated_at and
    // updated_by set. The caller records the history (it knows what changed).
    void update(const TableSpec& spec, qint64 id, const QVariantList& values);
    // One column of row id (self-references set once every row is in).
    void setColumn(const TableSpec& spec, qint64 id, const Column& column, const QVariant& value);
    // The stored row: its columns in spec order, after id, uuid, row_version and deleted_at.
    std::optional<QVariantList> load(const TableSpec& spec, qint64 id);

    // History entries go to the hash chain with one statement.
    void record(const ChangeEntry& entry);

    Database& database() const { return m_db; }

private:
    SqliteStatement& statement(const QString& key, const std::function<QString()>& sql);
    static QString keyOf(char kind, const TableSpec& spec);
    static QStringList insertColumns(const TableSpec& spec);
    void touched(const TableSpec& spec);

    Database& m_db;
    QHash<QString, std::shared_ptr<SqliteStatement>> m_statements; // "i:table", "o:table", ...
    QHash<QString, std::shared_ptr<Query>> m_loads;                // per table
    std::unique_ptr<HashChain::Appender> m_history;
    QHash<QString, bool> m_touched;
    qint64 m_cacheSizeBefore = 0;
};

} // namespace sakra
