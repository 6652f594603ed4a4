#pragma once

#include "MergePlan.h"
#include "RowReader.h"
#include "storage/ChangeEntry.h"
#include "storage/PackageStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <vector>

namespace sakra {

class Database;

// The three-way comparison behind a merge: for every row of a package it compares the base (the
// row as handed out or last merged), the site's row and the central register's row, field by
// field (timestamps, who and row version aside), and says what merges by itself and what
// conflicts. Reads both registers, writes nothing; MergeApplier writes what it found.
class MergeComparer
{
    Q_DECLARE_TR_FUNCTIONS(sakra::MergeComparer)

public:
    struct BaseEntry
    {
        bool reference = false;
        bool deleted = false;
        int rowVersion = 0;
        RowImage image;
    };

    // record: the central register's record of the package; siteHistoryFrom: the site's own history
    // begins after this id of its change_log.
    MergeComparer(Database& central, Database& site, const PackageStore::Record& record,
                  qint64 siteHistoryFrom);

    MergePlan compare();

    // What compare() read, for the writer.
    RowReader& centralRows() { return m_central; }
    const RowImage* siteRow(const QString& table, const QString& uuid) const;
    const BaseEntry* baseRow(const QString& table, const QString& uuid) const;
    // The site's rows in all() order, each table in id order.
    const std::vector<std::pair<QString, std::vector<RowImage>>>& siteRows() const { return m_siteRows; }
    // The site's history since the base, for the rows it owns.
    const std::vector<ChangeEntry>& siteHistory() const { return m_siteHistory; }
    qint64 siteHistoryTo() const { return m_siteHistoryTo; }

private:
    enum class Target
    {
        Live,
        New,
        Removed,
        Missing
    };
    void compareTable(const TableSpec& spec);
    void compareKnown(const TableSpec& spec, const RowImage& site, const BaseEntry& base);
    void compareNew(const TableSpec& spec, const RowImage& site);
    void mergeFields(const TableSpec& spec, const RowImage& site, const RowImage& base,
                     const RowImage& central);
    // Checks a reference of a site row; false when it conflicts or is refused.
    bool checkReference(const TableSpec& spec, const RowImage& site, const Column& column);
    Target targetOf(const Column& column, const QString& uuid);
    bool clashes(const TableSpec& spec, const RowImage& site);
    void findCycles();
    void readSiteHistory();
    std::optional<RowImage> central(const TableSpec& spec, const QString& uuid);
    MergeConflict conflict(MergeConflict::Kind kind, const TableSpec& spec, const RowImage& site,
                           const RowImage* central, const QString& field = QString());
    void refuse(const TableSpec& spec, const RowImage& site, const QString& reason);
    static QString nameOf(const TableSpec& spec, const RowImage& row);
    // A value as people read it: a reference by the referred row's name.
    QString textOf(const TableSpec& spec, const QString& column, const QJsonValue& value);
    void describe(MergeConflict& conflict);
    void describe(MergeChange& change);

    Database& m_centralDb;
    Database& m_siteDb;
    PackageStore::Record m_record;
    qint64 m_siteHistoryFrom = 0;
    qint64 m_siteHistoryTo = 0;
    RowReader m_central;
    RowReader m_site;
    QHash<QString, QHash<QString, BaseEntry>> m_base;
    std::vector<std::pair<QString, std::vector<RowImage>>> m_siteRows;
    QHash<QString, QHash<QString, int>> m_siteIndex; // table -> uuid -> index in m_siteRows' table
    QSet<QString> m_created;                         // "table/uuid" of rows the merge creates
    QSet<QString> m_restored;                        // "table/uuid" the site restores
    QStringList m_state;                             // what the token is made from
    std::vector<ChangeEntry> m_siteHistory;
    MergePlan m_plan;
};

} // namespace sakra
