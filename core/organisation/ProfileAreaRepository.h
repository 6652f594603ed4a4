#pragma once

#include "ProfileArea.h"
#include "storage/EntityRepository.h"

#include <vector>

namespace sakra {

// Requirement profiles: the focus areas chosen for each administration or company.
class ProfileAreaRepository : public EntityRepository<ProfileArea>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::ProfileAreaRepository)

public:
    using EntityRepository::EntityRepository;

    std::vector<ProfileArea> ofUnit(qint64 unitId) const;
    // The live link between the unit and the focus area, 0 if none.
    qint64 linkId(qint64 unitId, qint64 focusAreaId) const;

protected:
    void validate(const ProfileArea& area) const override;
};

} // namespace sakra
