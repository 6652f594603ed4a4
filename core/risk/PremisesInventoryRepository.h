#pragma once

#include "PremisesInventory.h"
#include "storage/EntityRepository.h"

#include <vector>

namespace sakra {

class PremisesInventoryRepository : public EntityRepository<PremisesInventory>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::PremisesInventoryRepository)

public:
    using EntityRepository::EntityRepository;

    // Newest first; site 0: all.
    std::vector<PremisesInventory> list(qint64 siteId) const;
    // Inventories whose camera permit runs out before the day (or has run out).
    std::vector<PremisesInventory> cameraPermitsExpiringBefore(const QDate& day) const;

protected:
    void validate(const PremisesInventory& inventory) const override;
};

} // namespace sakra
