#include "SecurityWalkRepository.h"

#include "storage/Query.h"

namespace sakra {

std::vector<SecurityWalk> SecurityWalkRepository::list(qint64 siteId) const
{
    ListFilter f;
    if (siteId != 0)
        f.equals("site_id", siteId);
    return rowsWhere(f, "walked_on DESC, id DESC");
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
                              tr("Vandringen har %n iakttagelse(r); ta bort dem först.", nullptr, n));
}

} // namespace sakra
