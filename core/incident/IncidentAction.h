#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

namespace sakra {

// An incident and the action it led to.
struct IncidentAction : LinkRow<IncidentAction>
{
    qint64 incidentId = 0;
    qint64 actionId = 0;

    static const TableSpec& spec() { return Tables::incidentAction(); }
    static constexpr Id kFirst{"incident_id", &IncidentAction::incidentId};
    static constexpr Id kSecond{"action_id", &IncidentAction::actionId};
};

} // namespace sakra
