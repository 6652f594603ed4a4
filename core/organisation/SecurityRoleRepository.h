#pragma once

#include "SecurityRole.h"
#include "storage/EntityRepository.h"

#include <vector>

namespace sakra {

class SecurityRoleRepository : public EntityRepository<SecurityRole>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::SecurityRoleRepository)

public:
    using EntityRepository::EntityRepository;

    // By level (strategic first), then name.
    std::vector<SecurityRole> all() const;

protected:
    void validate(const SecurityRole& role) const override;
    void checkRemovable(qint64 id) const override;
};

} // namespace sakra
