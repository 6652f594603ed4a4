#pragma once

#include "IncidentRisk.h"
#include "storage/LinkRepository.h"

#include <vector>

namespace sakra {

// Which incidents led to which risks, both ways round.
class IncidentRiskRepository : public LinkRepository<IncidentRisk>
{
public:
    explicit IncidentRiskRepository(Database& db);

    std::vector<IncidentRisk> ofIncident(qint64 incidentId) const { return ofFirst(incidentId); }
    std::vector<IncidentRisk> ofRisk(qint64 riskId) const { return ofSecond(riskId); }
};

} // namespace sakra
