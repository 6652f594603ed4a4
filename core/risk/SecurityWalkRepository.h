#pragma once

#include "SecurityWalk.h"
#include "storage/EntityRepository.h"

#include <vector>

namespace sakra {

class SecurityWalkRepository : public EntityRepository<SecurityWalk>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::SecurityWalkRepository)

public:
    using EntityRepository::EntityRepository;

    // Newest first; site 0: all.
    std::vector<SecurityWalk> list(qint64 siteId) const;

protected:
    void validate(const SecurityWalk& walk) const override;
    void checkRemovable(qint64 id) const override;
};

} // namespace sakra
