#pragma once

#include "WalkFinding.h"
#include "storage/EntityRepository.h"

#include <vector>

namespace sakra {

class WalkFindingRepository : public EntityRepository<WalkFinding>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::WalkFindingRepository)

public:
    using EntityRepository::EntityRepository;

    std::vector<WalkFinding> ofWalk(qint64 walkId) const;

protected:
    void validate(const WalkFinding& finding) const override;
};

} // namespace sakra
