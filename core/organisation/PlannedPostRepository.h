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
    // The live row of the unit's posts at a level, with a related post's title and a paying board
    // (0: the administration's own).
    std::optional<PlannedPost> find(qint64 unitId, SecurityLevel level, const QString& title = QString(),
                                    qint64 boardId = 0) const;
    using EntityRepository::find;

protected:
    void validate(const PlannedPost& post) const override;
};

} // namespace sakra
