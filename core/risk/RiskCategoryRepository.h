#pragma once

#include "RiskCategory.h"
#include "storage/EntityRepository.h"

#include <vector>

namespace sakra {

class RiskCategoryRepository : public EntityRepository<RiskCategory>
{
public:
    using EntityRepository::EntityRepository;

    std::vector<RiskCategory> all() const;

protected:
    void validate(const RiskCategory& category) const override;
    void checkRemovable(qint64 id) const override;
};

} // namespace sakra
