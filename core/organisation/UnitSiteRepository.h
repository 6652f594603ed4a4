#pragma once

#include "UnitSite.h"
#include "storage/LinkRepository.h"

#include <QList>

namespace sakra {

// Which units work at which sites.
class UnitSiteRepository : public LinkRepository<UnitSite>
{
public:
    explicit UnitSiteRepository(Database& db);

    // The live units linked to a site, by name.
    QList<qint64> unitIdsAt(qint64 siteId) const;
};

} // namespace sakra
