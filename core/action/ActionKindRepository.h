#pragma once

#include "ActionKind.h"
#include "storage/EntityRepository.h"

#include <vector>

namespace sakra {

class ActionKindRepository : public EntityRepository<ActionKind>
{
public:
    using EntityRepository::EntityRepository;

    std::vector<ActionKind> all() const;

protected:
    void validate(const ActionKind& kind) const override;
    void checkRemovable(qint64 id) const override;
};

} // namespace sakra
