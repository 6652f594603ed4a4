#include "UnitSiteRepository.h"

#include "storage/Query.h"

namespace sakra {

UnitSiteRepository::UnitSiteRepository(Database& db)
    : LinkRepository(db, {"sakra::UnitSiteRepository",
                          QT_TRANSLATE_NOOP("sakra::UnitSiteRepository", "Välj en enhet."),
                          QT_TRANSLATE_NOOP("sakra::UnitSiteRepository", "Välj en lokal."),
                          QT_TRANSLATE_NOOP("sakra::UnitSiteRepository", "Enheten finns redan i lokalen.")})
{
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

} // namespace sakra
