#pragma once

#include "RiskInventory.h"
#include "storage/DatedRecordRepository.h"

#include <vector>

namespace sakra {

class RiskInventoryRepository : public DatedRecordRepository<RiskInventory>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::RiskInventoryRepository)

public:
    explicit RiskInventoryRepository(Database& db);

    // Newest first; scope 0: all.
    std::vector<RiskInventory> list(qint64 scopeUnitId) const { return newestFirst(scopeUnitId); }

protected:
    void checkRemovable(qint64 id) const override;
};

} // namespace sakra
