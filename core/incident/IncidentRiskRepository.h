#pragma once

#include "IncidentRisk.h"
#include "storage/EntityRepository.h"

#include <vector>

namespace sakra {

// Which incidents led to which risks, both ways round.
class IncidentRiskRepository : public EntityRepository<IncidentRisk>
{
public:
    using EntityRepository::EntityRepository;

    std::vector<IncidentRisk> ofIncident(qint64 incidentId) const;
    std::vector<IncidentRisk> ofRisk(qint64 riskId) const;
    // The live link between the two, 0 if none.
    qint64 linkId(qint64 incidentId, qint64 riskId) const;

protected:
    void validate(const IncidentRisk& link) const override;

private:
    std::vector<IncidentRisk> select(const char* column, qint64 id) const;
};

} // namespace sakra
