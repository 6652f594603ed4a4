#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

namespace sakra {

// An incident and the risk it revealed or made more likely (found at a risk inventory or since).
struct IncidentRisk : LinkRow<IncidentRisk>
{
    qint64 incidentId = 0;
    qint64 riskId = 0;

    static const TableSpec& spec() { return Tables::incidentRisk(); }
    static constexpr Id kFirst{"incident_id", &IncidentRisk::incidentId};
    static constexpr Id kSecond{"risk_id", &IncidentRisk::riskId};
};

} // namespace sakra
