#pragma once

#include "IncidentAction.h"
#include "storage/LinkRepository.h"

#include <vector>

namespace sakra {

// Which incidents led to which actions, both ways round.
class IncidentActionRepository : public LinkRepository<IncidentAction>
{
public:
    explicit IncidentActionRepository(Database& db);

    std::vector<IncidentAction> ofIncident(qint64 incidentId) const { return ofFirst(incidentId); }
    std::vector<IncidentAction> ofAction(qint64 actionId) const { return ofSecond(actionId); }
};

} // namespace sakra
