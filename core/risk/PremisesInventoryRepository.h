#pragma once

#include "PremisesInventory.h"
#include "storage/DatedRecordRepository.h"

#include <vector>

namespace sakra {

class PremisesInventoryRepository : public DatedRecordRepository<PremisesInventory>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::PremisesInventoryRepository)

public:
    explicit PremisesInventoryRepository(Database& db);

    // Newest first; site 0: all.
    std::vector<PremisesInventory> list(qint64 siteId) const { return newestFirst(siteId); }
    // Inventories whose camera permit runs out before the day (or has run out).
    std::vector<PremisesInventory> cameraPermitsExpiringBefore(const QDate& day) const;

protected:
    // A site and a day, and a permit exactly when there are cameras.
    void validate(const PremisesInventory& inventory) const override;
};

} // namespace sakra
