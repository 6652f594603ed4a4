#include "SecurityWalkRepository.h"

#include "storage/Query.h"

namespace sakra {

namespace {
QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("sakra::SecurityWalkRepository", text, nullptr, n);
}
} // namespace

std::vector<SecurityWalk> SecurityWalkRepository::list(qint64 siteId) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM security_walk WHERE deleted_at IS NULL AND (? = 0 OR site_id = ?) "
                           "ORDER BY walked_on DESC, id DESC")
                .arg(wholeRows()));
    q.bind(siteId).bind(siteId).exec();
    return readAll(q);
}

void SecurityWalkRepository::validate(const SecurityWalk& w) const
{
    if (!RecordStore(m_db, Tables::site()).isLive(w.siteId))
        throw ValidationError(QStringLiteral("site_id"), tr("Välj den lokal som vandringen gick genom."));
    if (!w.walkedOn.isValid())
        throw ValidationError(QStringLiteral("walked_on"),
                              tr("Ange datum för säkerhetsvandringen (ÅÅÅÅ-MM-DD)."));
}

void SecurityWalkRepository::checkRemovable(qint64 id) const
{
    const int n = int(liveRowsWhere("walk_finding", "walk_id", id));
    if (n > 0)
        throw ValidationError(QStringLiteral("id"),
                              tr("Vandringen har %n iakttagelse(r); ta bort dem först.", n));
}

} // namespace sakra
