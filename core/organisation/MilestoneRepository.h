#pragma once

#include "Milestone.h"
#include "storage/EntityRepository.h"

#include <vector>

namespace sakra {

class MilestoneRepository : public EntityRepository<Milestone>
{
public:
    using EntityRepository::EntityRepository;

    // By target date.
    std::vector<Milestone> all() const;

protected:
    void validate(const Milestone& milestone) const override;
};

} // namespace sakra
