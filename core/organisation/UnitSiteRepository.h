#pragma once

#include "UnitSite.h"
#include "storage/EntityRepository.h"

#include <QList>

namespace sakra {

// Which units work at which sites.
class UnitSiteRepository : public EntityRepository<UnitSite>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::UnitSiteRepository)

public:
    using EntityRepository::EntityRepository;

    // The live link between unit and site, 0 if none.
    qint64 linkId(qint64 unitId, qint64 siteId) const;
    // The live units linked to a site, by name.
    QList<qint64> unitIdsAt(qint64 siteId) const;

protected:
    void validate(const UnitSite& link) const override;
};

} // namespace sakra
