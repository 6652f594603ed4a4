#pragma once

#include "EntityTraits.h"

namespace sakra::gui {

// The repositories of the incident area's entities, for the generic create, update and remove
// commands. Include this before the command templates.
template <>
struct EntityTraits<Incident>
{
    static IncidentRepository& repository(Register& reg) { return reg.incidents(); }
};
template <>
struct EntityTraits<IncidentRisk>
{
    static IncidentRiskRepository& repository(Register& reg) { return reg.incidentRisks(); }
};
template <>
struct EntityTraits<IncidentAction>
{
    static IncidentActionRepository& repository(Register& reg) { return reg.incidentActions(); }
};

} // namespace sakra::gui
