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
    requireLive("site_id", Tables::site(), w.siteId, tr("Välj den lokal som vandringen gick genom."));
    requireDate("walked_on", w.walkedOn, tr("Ange datum för säkerhetsvandringen (ÅÅÅÅ-MM-DD)."));
}

void SecurityWalkRepository::checkRemovable(qint64 id) const
{
    requireUnused("walk_finding", "walk_id", id, [&](int n) {
        return tr("Vandringen har %n iakttagelse(r); ta bort dem först.", nullptr, n);
    });
}

} // namespace sakra
