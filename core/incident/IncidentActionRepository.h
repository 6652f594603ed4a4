#pragma once

#include "IncidentAction.h"
#include "storage/EntityRepository.h"

#include <vector>

namespace sakra {

// Which incidents led to which actions, both ways round.
class IncidentActionRepository : public EntityRepository<IncidentAction>
{
public:
    using EntityRepository::EntityRepository;

    std::vector<IncidentAction> ofIncident(qint64 incidentId) const;
    std::vector<IncidentAction> ofAction(qint64 actionId) const;
    // The live link between the two, 0 if none.
    qint64 linkId(qint64 incidentId, qint64 actionId) const;

protected:
    void validate(const IncidentAction& link) const override;

private:
    std::vector<IncidentAction> select(const char* column, qint64 id) const;
};

} // namespace sakra
