#include "RetentionRun.h"

#include "Register.h"
#include "RetentionHistory.h"
#include "incident/Incident.h"
#include "risk/ThreatAssessment.h"
#include "storage/BackupStore.h"
#include "storage/HashChain.h"
#include "storage/Query.h"
#include "storage/SearchSchema.h"
#include "storage/Today.h"
#include "storage/Transaction.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace sakra {

namespace {

// The records of each kind past their cut-off (bound), not cleared before: id, uuid, the date the
// time counts from, the unit's name and a code (kind of incident, threat level). Tombstones are
// included: a removed row still holds what it held.
const char* const kSelect[] = {
    // Incidents: from the day they were closed, or occurred when they never were.
    "SELECT i.id, i.uuid, coalesce(i.closed_on, i.occurred_on) AS basis, coalesce(u.name, ''), i.kind "
    "FROM incident i LEFT JOIN org_unit u ON u.id = i.unit_id WHERE i.cleared_on IS NULL "
    "AND coalesce(i.closed_on, i.occurred_on) < ? ORDER BY basis, i.id",
    // Threat assessments: closed ones only, from the day they were closed.
    "SELECT t.id, t.uuid, coalesce(t.closed_on, t.assessed_on) AS basis, coalesce(u.name, ''), "
    "t.threat_level FROM threat_assessment t LEFT JOIN org_unit u ON u.id = t.unit_id WHERE t.cleared_on IS "
    "NULL AND t.status = 'closed' AND coalesce(t.closed_on, t.assessed_on) < ? ORDER BY basis, t.id",
    // People who have left: removed, or every assignment ended (none open), from the later of
    // the two days.
    "SELECT p.id, p.uuid, p.left_on, coalesce(u.name, ''), '' FROM (SELECT q.id, q.uuid, q.unit_id, "
    "CASE WHEN q.deleted_at IS NOT NULL THEN max(substr(q.deleted_at, 1, 10), coalesce((SELECT "
    "max(a.end_date) FROM assignment a WHERE a.person_id = q.id AND a.deleted_at IS NULL), '')) "
    "ELSE (SELECT max(a.end_date) FROM assignment a WHERE a.person_id = q.id AND a.deleted_at IS NULL) END "
    "AS left_on FROM person q WHERE q.cleared_on IS NULL AND NOT EXISTS (SELECT 1 FROM assignment a WHERE "
    "a.person_id = q.id AND a.deleted_at IS NULL AND a.end_date IS NULL)) p LEFT JOIN org_unit u ON u.id "
    "= p.unit_id WHERE p.left_on IS NOT NULL AND p.left_on < ? ORDER BY p.left_on, p.id",
};

// The clearing of one record, bound: the placeholder (where the kind has one), the day, the
// time and actor of the change, and the id.
const char* const kClear[] = {
    "UPDATE incident SET description = '', system_ref = '', cleared_on = ?, updated_at = ?, updated_by = ?, "
    "row_version = row_version + 1 WHERE id = ? AND cleared_on IS NULL",
    "UPDATE threat_assessment SET subject = ?, description = '', measures = '', handled_by = NULL, "
    "cleared_on = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1 WHERE id = ? AND "
    "cleared_on IS NULL",
    "UPDATE person SET name = ?, title = '', phone = '', email = '', cleared_on = ?, updated_at = ?, "
    "updated_by = ?, row_version = row_version + 1 WHERE id = ? AND cleared_on IS NULL",
};

QString whatOf(RetentionRule::Kind kind, const QString& code)
{
    switch (kind) {
    case RetentionRule::Kind::Incident: return Incident::kKinds.labelOfCode(code);
    case RetentionRule::Kind::ThreatAssessment: return ThreatAssessment::kThreatLevels.labelOfCode(code);
    case RetentionRule::Kind::PersonLeft: break;
    }
    return {};
}

QJsonObject countsOf(const RetentionRun::Preview& p)
{
    QJsonObject counts;
    for (int k = 0; k < RetentionRule::kKindCount; ++k)
        counts.insert(RetentionRule::kKinds.code(RetentionRule::Kind(k)), p.count(RetentionRule::Kind(k)));
    return counts;
}

} // namespace

int RetentionRun::Preview::count(Kind kind) const
{
    return int(std::count_if(items.begin(), items.end(), [kind](const Item& i) { return i.kind == kind; }));
}

RetentionRun::RetentionRun(Register& reg, const QDate& asOf)
    : m_reg(reg), m_asOf(asOf.isValid() ? asOf : Today::date())
{
}

QStringList RetentionRun::clearedFields(Kind kind)
{
    switch (kind) {
    case Kind::Incident: return {QStringLiteral("description"), QStringLiteral("system_ref")};
    case Kind::ThreatAssessment:
        return {QStringLiteral("subject"), QStringLiteral("description"), QStringLiteral("measures"),
                QStringLiteral("handled_by")};
    case Kind::PersonLeft:
        return {QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("phone"),
                QStringLiteral("email")};
    }
    return {};
}

const TableSpec& RetentionRun::tableOf(Kind kind)
{
    switch (kind) {
    case Kind::Incident: return Tables::incident();
    case Kind::ThreatAssessment: return Tables::threatAssessment();
    case Kind::PersonLeft: break;
    }
    return Tables::person();
}

RetentionRun::Preview RetentionRun::preview() const
{
    return collect(m_months ? *m_months : m_reg.retentionRules().months());
}

RetentionRun::Preview RetentionRun::collect(const std::array<int, RetentionRule::kKindCount>& months) const
{
    Preview p;
    p.asOf = m_asOf;
    p.months = months;
    for (int k = 0; k < RetentionRule::kKindCount; ++k) {
        if (p.months.at(std::size_t(k)) <= 0)
            continue;
        const QDate cutoff = m_asOf.addMonths(-p.months.at(std::size_t(k)));
        p.cutoff.at(std::size_t(k)) = cutoff;
        Query q(m_reg.database(), QString::fromLatin1(kSelect[k]));
        q.bind(cutoff.toString(Qt::ISODate)).exec();
        while (q.next())
            p.items.push_back({Kind(k), q.value(0).toLongLong(), q.value(1).toString(),
                               QDate::fromString(q.value(2).toString().left(10), Qt::ISODate),
                               q.value(3).toString(), whatOf(Kind(k), q.value(4).toString())});
    }
    return p;
}

void RetentionRun::refuseWhereNotPossible() const
{
    if (m_reg.database().onServer())
        throw StorageError(tr("Gallring görs i ett register i en fil; i ett gemensamt register på en server "
                              "görs den ännu inte av Säkra."));
    if (m_reg.packageManifest())
        throw StorageError(tr("Det här är en utlämnad del av ett register. Gallra i det centrala registret; "
                              "delen tar emot resultatet när den lämnas ut på nytt."));
}

void RetentionRun::clearRow(const Item& item, const QString& today)
{
    Database& db = m_reg.database();
    Query q(db, QString::fromLatin1(kClear[int(item.kind)]));
    if (item.kind != Kind::Incident)
        q.bind(placeholder());
    q.bind(today).bind(db.now()).bind(db.actor()).bind(item.id).exec();
    if (q.rowsAffected() != 1)
        throw StorageError(tr("En post ändrades medan gallringen pågick; inget har gallrats. Försök igen."));
    db.pendingChanges().addRow(tableOf(item.kind), item.id, item.uuid, ChangeSet::Kind::Updated);
}

RetentionRun::Result RetentionRun::run(const QString& backupFolder, const Progress& progress,
                                       const Cancelled& cancelled)
{
    refuseWhereNotPossible();
    Database& db = m_reg.database();
    Result result;
    const auto rules = m_reg.retentionRules().months();
    if (collect(rules).isEmpty())
        return result;
    // A chain already broken is not sealed again: the edit made outside Säkra stays visible.
    const HashChain::Verification chain = HashChain::verify(db);
    if (!chain.intact())
        throw StorageError(
            tr("Ändringshistoriken har ändrats utanför Säkra (post %1, %2); gallringen görs inte "
               "förrän det är utrett. Kontrollera historiken under Arkiv.")
                .arg(chain.firstBrokenId)
                .arg(chain.firstBrokenAt));
    result.backupPath = BackupStore(backupFolder).make(db, BackupStore::Reason::Retention);

    // Cleared text is overwritten in the file's pages, not only unlinked.
    Query(db, QStringLiteral("PRAGMA secure_delete = ON")).exec();
    try {
        Transaction tx(db);
        // Read again inside the transaction: another window may have changed something since.
        result.cleared = collect(m_reg.retentionRules().months());
        const HashChain::Link before = HashChain::last(db);
        const QString today = m_asOf.toString(Qt::ISODate);
        const QString runUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        RetentionHistory history(db);
        const qint64 total = qint64(result.cleared.items.size());
        qint64 done = 0;
        for (const Item& item : result.cleared.items) {
            if (cancelled && done % 64 == 0 && cancelled())
                throw StorageError(tr("Gallringen avbröts; inget har gallrats."));
            clearRow(item, today);
            history.clear(item.uuid, clearedFields(item.kind));
            if (progress && (++done % 64 == 0 || done == total))
                progress(done, total);
        }
        result.historyEntriesCleared = history.changed();
        if (history.firstChanged() > 0)
            HashChain::resealFrom(db, history.firstChanged());

        // The run in the history: one entry per record (what was cleared, no values) and one for
        // the run, holding the chain's last hash before the run (the backup's, for an auditor).
        HashChain::Appender log(db);
        const QString at = db.now();
        for (const Item& item : result.cleared.items) {
            const QJsonObject note{
                {QStringLiteral("run"), runUuid},
                {QStringLiteral("fields"), QJsonArray::fromStringList(clearedFields(item.kind))}};
            log.append({at, db.actor(), QLatin1String(tableOf(item.kind).table), item.uuid,
                        QStringLiteral("retention"), QString(), QVariant(),
                        QString::fromUtf8(QJsonDocument(note).toJson(QJsonDocument::Compact))});
        }
        QJsonObject summary{{QStringLiteral("as_of"), today},
                            {QStringLiteral("cleared"), countsOf(result.cleared)},
                            {QStringLiteral("history_values_cleared"), result.historyEntriesCleared},
                            {QStringLiteral("resealed_from"), history.firstChanged()},
                            {QStringLiteral("backup"), QFileInfo(result.backupPath).fileName()}};
        log.append({at, db.actor(), QStringLiteral("retention_rule"), runUuid, QStringLiteral("retention"),
                    QString(), before.hash.isEmpty() ? QVariant() : QVariant(before.hash),
                    QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact))});

        // The full-text indexes forget the cleared words for good (FTS5 merges its segments).
        for (Kind kind : {Kind::Incident, Kind::ThreatAssessment, Kind::PersonLeft})
            if (result.cleared.count(kind) > 0) {
                const QString index = SearchSchema::indexOf(tableOf(kind).table);
                Query(db, QStringLiteral("INSERT INTO %1 (%1) VALUES ('optimize')").arg(index)).exec();
            }
        tx.commit();
    } catch (...) {
        Query(db, QStringLiteral("PRAGMA secure_delete = OFF")).exec();
        throw;
    }
    Query(db, QStringLiteral("PRAGMA secure_delete = OFF")).exec();
    return result;
}

} // namespace sakra
