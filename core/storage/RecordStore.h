#pragma once

#include "Errors.h"
#include "TableSpec.h"

#include <QVariantMap>
#include <optional>

namespace sakra {

class Database;
class Query;

// Generic writes for one entity table: fills the meta columns, bumps the row version, leaves
// tombstones and records every change in the change history. Must be called inside a
// Transaction; repositories validate before they call it.
//
// Values are keyed by column name; a name the table does not have is refused (StorageError). A
// Ref column holds the referred row's id (0 or null: none). Every write is added to the
// database's pending change set, announced when the outermost transaction commits.
class RecordStore
{
public:
    RecordStore(Database& db, const TableSpec& spec);

    // Returns the new row's id. uuid may be given (exchange, merging); otherwise a new one is made.
    qint64 insert(const QVariantMap& values, const QString& uuid = QString());
    // Writes the columns in changes that differ from the stored row. expectedVersion, when given,
    // must match the stored row version (ConflictError otherwise). Returns the new row version.
    int update(qint64 id, const QVariantMap& changes, std::optional<int> expectedVersion = std::nullopt);
    void remove(qint64 id);
    void restore(qint64 id);

    // The row with its columns plus id, uuid, row_version and deleted_at; nullopt if absent.
    std::optional<QVariantMap> load(qint64 id) const;
    // For lists that read whole rows in one statement: the columns load() reads, each prefixed
    // with alias when given; a query may select more after them.
    QString selectList(const QString& alias = QString()) const;
    int selectListSize() const { return 4 + int(m_spec.columns.size()); }
    // The row at the query's current position, from the columns of selectList().
    QVariantMap rowAt(const Query& q) const;
    // Whether a row with this id exists and is not a tombstone.
    bool isLive(qint64 id) const;
    qint64 idForUuid(const QString& uuid) const;
    QString uuidForId(qint64 id) const;

    const TableSpec& spec() const { return m_spec; }

    // A value normalised to what the column stores (null for an empty optional reference, ...).
    static QVariant normalise(const Column& column, const QVariant& value);

private:
    // The fields of wanted that differ from stored, as people read them.
    QList<ConflictError::Difference> differences(const QVariantMap& stored, const QVariantMap& wanted) const;
    QString displayText(const Column& column, const QVariant& value) const;
    QVariant historyValue(const Column& column, const QVariant& value) const;
    void setDeleted(qint64 id, bool deleted);
    void refuseUnknownColumns(const QVariantMap& values) const;
    void refuseReferenceRow(const QString& uuid) const;

    Database& m_db;
    const TableSpec& m_spec;
};

} // namespace sakra
