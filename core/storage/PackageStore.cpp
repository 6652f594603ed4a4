#include "PackageStore.h"

#include "Database.h"
#include "Query.h"
#include "Sha256.h"
#include "TableSpec.h"

#include <algorithm>

namespace sakra {

namespace {

const char* const kRecordColumns =
    "package_id, direction, central_register_id, root_unit_uuid, root_unit_name, handed_to, handed_out_at, "
    "handed_out_by, schema_version, base_hash, history_from, merged_at, merged_by, merges, merged_history_to";

PackageStore::Record recordAt(const Query& q)
{
    PackageStore::Record r;
    r.packageId = q.value(0).toString();
    r.direction = q.value(1).toString() == QLatin1String("in") ? PackageStore::Direction::In
                                                               : PackageStore::Direction::Out;
    r.centralRegisterId = q.value(2).toString();
    r.rootUnitUuid = q.value(3).toString();
    r.rootUnitName = q.value(4).toString();
    r.handedTo = q.value(5).toString();
    r.handedOutAt = q.value(6).toString();
    r.handedOutBy = q.value(7).toString();
    r.schemaVersion = q.value(8).toInt();
    r.baseHash = q.value(9).toString();
    r.historyFrom = q.value(10).toLongLong();
    r.mergedAt = q.value(11).toString();
    r.mergedBy = q.value(12).toString();
    r.merges = q.value(13).toInt();
    r.mergedHistoryTo = q.value(14).toLongLong();
    return r;
}

QVariant nullIfEmpty(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace

QString PackageStore::registerId() const
{
    return Query(m_db, QStringLiteral("SELECT value FROM register_info WHERE key = 'register_id'"))
        .scalar()
        .toString();
}

void PackageStore::setRegisterId(const QString& id)
{
    Query(m_db, QStringLiteral("UPDATE register_info SET value = ? WHERE key = 'register_id'"))
        .bind(id)
        .exec();
}

void PackageStore::add(const Record& r)
{
    Query(m_db, QStringLiteral("INSERT INTO package (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                    .arg(QLatin1String(kRecordColumns)))
        .bind(r.packageId)
        .bind(r.direction == Direction::In ? QStringLiteral("in") : QStringLiteral("out"))
        .bind(r.centralRegisterId)
        .bind(r.rootUnitUuid)
        .bind(r.rootUnitName)
        .bind(r.handedTo)
        .bind(r.handedOutAt)
        .bind(r.handedOutBy)
        .bind(r.schemaVersion)
        .bind(r.baseHash)
        .bind(r.historyFrom)
        .bind(nullIfEmpty(r.mergedAt))
        .bind(nullIfEmpty(r.mergedBy))
        .bind(r.merges)
        .bind(r.mergedHistoryTo)
        .exec();
}

std::optional<PackageStore::Record> PackageStore::find(const QString& packageId) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM package WHERE package_id = ?").arg(QLatin1String(kRecordColumns)));
    q.bind(packageId).exec();
    if (!q.next())
        return std::nullopt;
    return recordAt(q);
}

bool PackageStore::hasTables() const
{
    if (m_db.onServer())
        return true; // a shared register has them from the start
    // Asked on every write (isReferenceRow): a kept statement, not a new one each time.
    return Query::cached(m_db, QStringLiteral("PRAGMA user_version")).scalar().toInt() >= 7;
}

std::optional<PackageStore::Record> PackageStore::incoming() const
{
    if (!hasTables())
        return std::nullopt;
    Query q(
        m_db,
        QStringLiteral("SELECT %1 FROM package WHERE direction = 'in'").arg(QLatin1String(kRecordColumns)));
    q.exec();
    if (!q.next())
        return std::nullopt;
    return recordAt(q);
}

std::vector<PackageStore::Record> PackageStore::outgoing() const
{
    if (!hasTables())
        return {};
    Query q(m_db, QStringLiteral("SELECT %1 FROM package WHERE direction = 'out' ORDER BY handed_out_at DESC")
                      .arg(QLatin1String(kRecordColumns)));
    q.exec();
    std::vector<Record> out;
    while (q.next())
        out.push_back(recordAt(q));
    return out;
}

void PackageStore::markMerged(const QString& packageId, const QString& at, const QString& by,
                              qint64 historyTo)
{
    Query(m_db, QStringLiteral("UPDATE package SET merged_at = ?, merged_by = ?, merges = merges + 1, "
                               "merged_history_to = ? WHERE package_id = ?"))
        .bind(at)
        .bind(by)
        .bind(historyTo)
        .bind(packageId)
        .exec();
}

void PackageStore::writeBase(const QString& packageId, const std::vector<BaseRow>& rows)
{
    Query(m_db, QStringLiteral("DELETE FROM package_row WHERE package_id = ?")).bind(packageId).exec();
    Query insert(m_db, QStringLiteral("INSERT INTO package_row (package_id, entity, entity_uuid, role, "
                                      "row_version, deleted, vals) VALUES (?,?,?,?,?,?,?)"));
    for (const BaseRow& r : rows) {
        insert.bind(packageId)
            .bind(r.entity)
            .bind(r.uuid)
            .bind(r.reference ? QStringLiteral("reference") : QStringLiteral("owned"))
            .bind(r.rowVersion)
            .bind(r.deleted ? 1 : 0)
            .bind(QString::fromUtf8(r.values))
            .exec();
    }
}

std::vector<PackageStore::BaseRow> PackageStore::base(const QString& packageId) const
{
    Query q(m_db,
            QStringLiteral("SELECT entity, entity_uuid, role, row_version, deleted, vals FROM package_row "
                           "WHERE package_id = ? ORDER BY entity, entity_uuid"));
    q.bind(packageId).exec();
    std::vector<BaseRow> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(),
                       q.value(2).toString() == QLatin1String("reference"), q.value(3).toInt(),
                       q.value(4).toInt() != 0, q.value(5).toString().toUtf8()});
    return out;
}

QString PackageStore::hashOf(std::vector<BaseRow> rows)
{
    std::sort(rows.begin(), rows.end(), [](const BaseRow& a, const BaseRow& b) {
        return std::tie(a.entity, a.uuid) < std::tie(b.entity, b.uuid);
    });
    QByteArray text;
    for (const BaseRow& r : rows) {
        text += r.entity.toUtf8() + '\x1f' + r.uuid.toUtf8() + '\x1f' + (r.reference ? "r" : "o") + '\x1f' +
                QByteArray::number(r.rowVersion) + '\x1f' + (r.deleted ? "d" : "l") + '\x1f' + r.values +
                '\x1e';
    }
    return QString::fromLatin1(Sha256::hexOf(text));
}

QString PackageStore::hashOfBase(const QString& packageId) const
{
    return hashOf(base(packageId));
}

bool PackageStore::isReferenceRow(const TableSpec& spec, const QString& uuid) const
{
    if (!hasTables())
        return false;
    const QString sql = QStringLiteral("SELECT count(*) FROM package_row r JOIN package p ON p.package_id = "
                                       "r.package_id AND p.direction = 'in' WHERE r.entity_uuid = ? AND "
                                       "r.role = 'reference' AND r.entity = ?");
    return Query::cached(m_db, sql).bind(uuid).bind(QLatin1String(spec.table)).scalar().toInt() > 0;
}

std::optional<PackageStore::Record> PackageStore::handedOutWith(const TableSpec& spec,
                                                                const QString& uuid) const
{
    if (!hasTables())
        return std::nullopt;
    const QString sql =
        QStringLiteral("SELECT p.package_id FROM package_row r JOIN package p ON p.package_id = "
                       "r.package_id AND p.direction = 'out' WHERE r.entity_uuid = ? AND r.role = "
                       "'owned' AND r.entity = ? ORDER BY p.handed_out_at DESC LIMIT 1");
    const QString id =
        Query::cached(m_db, sql).bind(uuid).bind(QLatin1String(spec.table)).scalar().toString();
    if (id.isEmpty())
        return std::nullopt;
    return find(id);
}

qint64 PackageStore::referenceRowCount() const
{
    return Query(m_db, QStringLiteral("SELECT count(*) FROM package_row r JOIN package p ON p.package_id = "
                                      "r.package_id AND p.direction = 'in' WHERE r.role = 'reference'"))
        .scalar()
        .toLongLong();
}

void PackageStore::saveDecision(const QString& packageId, const QString& item, const QString& choice,
                                const QString& value)
{
    Query(m_db,
          QStringLiteral("INSERT INTO merge_decision (package_id, item, choice, value) VALUES (?,?,?,?) "
                         "ON CONFLICT (package_id, item) DO UPDATE SET choice = excluded.choice, value = "
                         "excluded.value"))
        .bind(packageId)
        .bind(item)
        .bind(choice)
        .bind(nullIfEmpty(value))
        .exec();
}

std::vector<std::pair<QString, std::pair<QString, QString>>>
PackageStore::decisions(const QString& packageId) const
{
    Query q(m_db, QStringLiteral("SELECT item, choice, value FROM merge_decision WHERE package_id = ?"));
    q.bind(packageId).exec();
    std::vector<std::pair<QString, std::pair<QString, QString>>> out;
    while (q.next())
        out.push_back({q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()}});
    return out;
}

void PackageStore::clearDecisions(const QString& packageId)
{
    Query(m_db, QStringLiteral("DELETE FROM merge_decision WHERE package_id = ?")).bind(packageId).exec();
}

} // namespace sakra
