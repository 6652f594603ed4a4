#pragma once

#include "RiskInventory.h"
#include "storage/EntityRepository.h"

#include <vector>

namespace sakra {

class RiskInventoryRepository : public EntityRepository<RiskInventory>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::RiskInventoryRepository)

public:
    using EntityRepository::EntityRepository;

    // Newest first; scope 0: all.
    std::vector<RiskInventory> list(qint64 scopeUnitId) const;

protected:
    void validate(const RiskInventory& inventory) const override;
    void checkRemovable(qint64 id) const override;
};

} // namespace sakra
