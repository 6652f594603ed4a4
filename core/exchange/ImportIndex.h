#pragma once

#include "storage/LiveRows.h"
#include "storage/TableSpec.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <memory>

namespace sakra {

class Database;

// What an import knows of the rows of one table while it runs: UUIDs and ids, which rows are
// live, and the ways people name a row (its name, a unit's path, a person's e-mail, the natural
// key that matches a sheet row without a UUID). Read once from the database, kept current as the
// import writes.
class TableIndex
{
public:
    TableIndex(Database& db, const TableSpec& spec);

    const TableSpec& spec() const { return m_spec; }
    qint64 idOf(const QString& uuid) const { return m_byUuid.value(uuid.toLower()); }
    QString uuidOf(qint64 id) const { return m_uuids.value(id); }
    bool isLive(qint64 id) const { return m_live.contains(id); }
    // How a row is named for people: a unit's path, else its display column.
    QString nameOf(qint64 id) const;
    // Live rows people may mean by text: a unit's path or name, a person's e-mail or name, the
    // display column of other rows; a UUID names its row whether live or not.
    QList<qint64> named(const QString& text) const;
    // Names close to text, for "did you mean" (at most three).
    QStringList closeTo(const QString& text) const;
    // Live rows with the natural key of values (columns by name, references as ids); empty when
    // the table has none or values lack part of it.
    QList<qint64> matching(const QVariantMap& values) const;

    void add(qint64 id, const QString& uuid, const QVariantMap& values, bool live);
    void change(qint64 id, const QVariantMap& before, const QVariantMap& after);

    // The natural key of a row, or empty.
    static QString naturalKey(const TableSpec& spec, const QVariantMap& values);
    static QString normalised(const QString& text);

private:
    void indexNames(qint64 id, const QVariantMap& values, bool add);
    QString pathOf(qint64 id) const;

    const TableSpec& m_spec;
    bool m_units = false;
    bool m_people = false;
    QString m_displayName;             // the display column's name, made once
    const Column* m_display = nullptr; // and the column
    QHash<QString, qint64> m_byUuid;
    QHash<qint64, QString> m_uuids;
    QSet<qint64> m_live;
    QHash<qint64, QString> m_names;
    QHash<qint64, qint64> m_parents;
    QMultiHash<QString, qint64> m_byName; // names, e-mails and (units) paths, normalised
    QMultiHash<QString, qint64> m_byKey;
};

// The indexes of every table an import touches, each read when first needed. As LiveRows it
// answers the repositories' checks of references without a query for every row.
class ImportIndex : public LiveRows
{
public:
    explicit ImportIndex(Database& db) : m_db(db) {}
    TableIndex& of(const TableSpec& spec);
    bool isLive(const TableSpec& table, qint64 id) override { return of(table).isLive(id); }

private:
    Database& m_db;
    QHash<QString, std::shared_ptr<TableIndex>> m_tables;
};

} // namespace sakra
