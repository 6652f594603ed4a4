#include "SecurityWalkRepository.h"

namespace sakra {

SecurityWalkRepository::SecurityWalkRepository(Database& db)
    : DatedRecordRepository(db, {"sakra::SecurityWalkRepository",
                                 {"site_id", &SecurityWalk::siteId},
                                 "walked_on",
                                 &SecurityWalk::walkedOn,
                                 QT_TRANSLATE_NOOP("sakra::SecurityWalkRepository",
                                                   "Välj den lokal som vandringen gick genom."),
                                 QT_TRANSLATE_NOOP("sakra::SecurityWalkRepository",
                                                   "Ange datum för säkerhetsvandringen (ÅÅÅÅ-MM-DD).")})
{
}

void SecurityWalkRepository::checkRemovable(qint64 id) const
{
    requireUnused("walk_finding", "walk_id", id, [&](int n) {
        return tr("Vandringen har %n iakttagelse(r); ta bort dem först.", nullptr, n);
    });
}

} // namespace sakra
