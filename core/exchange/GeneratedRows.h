#pragma once

#include "storage/BulkWriter.h"
#include "storage/LiveRows.h"

#include <QHash>
#include <QVariantMap>

namespace sakra {

class Database;

// The rows Generator makes, through the bulk write path: each one checked by its repository as
// create() checks it (derived fields filled in, then validated, with the rows made here taken as
// live without asking the file), written with one reused statement per table (BulkWriter) and its
// history entry, the same one create() writes, appended to the hash chain in bulk. Use inside a
// Transaction, as BulkWriter.
class GeneratedRows : public LiveRows
{
public:
    explicit GeneratedRows(Database& db);

    // Checks item with repository and writes it; returns the new row's id.
    template <typename Repository, typename T> qint64 create(const Repository& repository, const T& item)
    {
        return insert(T::spec(), repository.checked(item, this).toColumns());
    }

    bool isLive(const TableSpec& table, qint64 id) override;
    // For rows written without a history of their own (IncidentGenerator).
    BulkWriter& writer() { return m_writer; }

private:
    // values: by position in spec's columns (toColumns()).
    qint64 insert(const TableSpec& spec, const QVariantList& values);
    // The history of a new row: its values that are not NULL as JSON text, by column name in order,
    // references as the referred row's UUID.
    QString createdJson(const TableSpec& spec, const QVariantList& row);
    QString uuidOf(const char* table, qint64 id);

    Database& m_db;
    BulkWriter m_writer;
    QHash<QString, QHash<qint64, QString>> m_made;     // by table: the rows made here, their UUIDs
    QHash<QString, QHash<qint64, QString>> m_referred; // by table: other rows referred to
};

} // namespace sakra
