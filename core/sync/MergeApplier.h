#pragma once

#include "MergePlan.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace sakra {

class Database;
class MergeComparer;
struct TableSpec;

// Writes a compared package into the central register: the site's history first (with its own
// who and when), then every change through RecordStore (so each write has its history entry,
// row version and announcement), a merge entry per conflict naming the coordinator and the value
// not taken, and the new base. Runs inside the caller's transaction.
class MergeApplier
{
    Q_DECLARE_TR_FUNCTIONS(sakra::MergeApplier)

public:
    struct Result
    {
        int created = 0;
        int updated = 0;
        int removed = 0;
        int restored = 0;
        int dropped = 0; // new site rows left out by a decision
        qint64 historyEntries = 0;
    };

    MergeApplier(Database& central, MergeComparer& compared, const MergePlan& plan,
                 const MergeDecisions& decisions);
    Result run();

private:
    void decide();
    void appendSiteHistory();
    void writeTable(const TableSpec& spec);
    void createRows(const TableSpec& spec);
    void recordMergeEntries();
    void writeBase();
    QString keyOf(const QString& table, const QString& uuid) const { return table + QLatin1Char('/') + uuid; }

    Database& m_db;
    MergeComparer& m_compared;
    const MergePlan& m_plan;
    const MergeDecisions& m_decisions;
    Result m_result;

    QSet<QString> m_create;                  // table/uuid of new site rows to create
    QSet<QString> m_drop;                    // table/uuid of new site rows left out
    QHash<QString, QJsonObject> m_update;    // table/uuid -> column -> value
    QSet<QString> m_restore;                 // table/uuid
    QSet<QString> m_remove;                  // table/uuid
    QHash<QString, QJsonObject> m_overrides; // new rows: column -> value chosen instead of the site's
};

} // namespace sakra
