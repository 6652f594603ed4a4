#pragma once

#include "Site.h"
#include "storage/EntityRepository.h"

#include <vector>

namespace sakra {

class SiteRepository : public EntityRepository<Site>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::SiteRepository)

public:
    using EntityRepository::EntityRepository;

    std::vector<Site> all() const;
    // The sites a unit works at.
    std::vector<Site> ofUnit(qint64 unitId) const;

protected:
    void validate(const Site& site) const override;
    void checkRemovable(qint64 id) const override;
};

} // namespace sakra
