#pragma once

#include "PlannedPost.h"
#include "storage/EntityRepository.h"

#include <vector>

namespace sakra {

class PlannedPostRepository : public EntityRepository<PlannedPost>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::PlannedPostRepository)

public:
    using EntityRepository::EntityRepository;

    std::vector<PlannedPost> all() const;
    std::optional<PlannedPost> find(qint64 unitId, SecurityLevel level) const;
    using EntityRepository::find;

protected:
    void validate(const PlannedPost& post) const override;
};

} // namespace sakra
