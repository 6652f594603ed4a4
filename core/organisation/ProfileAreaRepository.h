#pragma once

#include "ProfileArea.h"
#include "storage/LinkRepository.h"

#include <vector>

namespace sakra {

// Requirement profiles: the focus areas chosen for each administration or company.
class ProfileAreaRepository : public LinkRepository<ProfileArea>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::ProfileAreaRepository)

public:
    explicit ProfileAreaRepository(Database& db);

    // In the catalogue's order.
    std::vector<ProfileArea> ofUnit(qint64 unitId) const;

protected:
    // Only administrations and companies have a profile; the rest is the link's own checks.
    void validate(const ProfileArea& area) const override;
};

} // namespace sakra
