#pragma once

#include "Milestone.h"
#include "storage/EntityRepository.h"

#include <vector>

namespace sakra {

class MilestoneRepository : public EntityRepository<Milestone>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::MilestoneRepository)

public:
    using EntityRepository::EntityRepository;

    // By target date.
    std::vector<Milestone> all() const;

protected:
    void validate(const Milestone& milestone) const override;
};

} // namespace sakra
