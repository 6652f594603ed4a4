#pragma once

#include "FocusArea.h"
#include "storage/EntityRepository.h"

#include <vector>

namespace sakra {

// The catalogue of focus areas that requirement profiles choose from.
class FocusAreaRepository : public EntityRepository<FocusArea>
{
public:
    using EntityRepository::EntityRepository;

    std::vector<FocusArea> all() const;

protected:
    void validate(const FocusArea& area) const override;
    void checkRemovable(qint64 id) const override;
};

} // namespace sakra
