#include "UnitSiteRepository.h"

#include "storage/Query.h"

namespace sakra {

qint64 UnitSiteRepository::linkId(qint64 unitId, qint64 siteId) const
{
    return Query(m_db,
                 QStringLiteral(
                     "SELECT id FROM unit_site WHERE unit_id = ? AND site_id = ? AND deleted_at IS NULL"))
        .bind(unitId)
        .bind(siteId)
        .scalar()
        .toLongLong();
}

QList<qint64> UnitSiteRepository::unitIdsAt(qint64 siteId) const
{
    Query q(m_db, QStringLiteral(
                      "SELECT u.id FROM unit_site l JOIN org_unit u ON u.id = l.unit_id WHERE l.site_id = ? "
                      "AND l.deleted_at IS NULL AND u.deleted_at IS NULL ORDER BY u.name COLLATE NOCASE"));
    q.bind(siteId).exec();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

void UnitSiteRepository::validate(const UnitSite& link) const
{
    if (!RecordStore(m_db, Tables::orgUnit()).isLive(link.unitId))
        throw ValidationError(QStringLiteral("unit_id"), tr("Välj en enhet."));
    if (!RecordStore(m_db, Tables::site()).isLive(link.siteId))
        throw ValidationError(QStringLiteral("site_id"), tr("Välj en lokal."));
    const qint64 existing = linkId(link.unitId, link.siteId);
    if (existing != 0 && existing != link.id)
        throw ValidationError(QStringLiteral("site_id"), tr("Enheten finns redan i lokalen."));
}

} // namespace sakra
