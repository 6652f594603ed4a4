#pragma once

#include "EntityTraits.h"

namespace sakra::gui {

// The repositories of the risk area's entities, for the generic create, update and remove
// commands. Include this before the command templates.
template <>
struct EntityTraits<Risk>
{
    static RiskRepository& repository(Register& reg) { return reg.risks(); }
};
template <>
struct EntityTraits<RiskCategory>
{
    static RiskCategoryRepository& repository(Register& reg) { return reg.riskCategories(); }
};
template <>
struct EntityTraits<RiskInventory>
{
    static RiskInventoryRepository& repository(Register& reg) { return reg.riskInventories(); }
};
template <>
struct EntityTraits<SecurityWalk>
{
    static SecurityWalkRepository& repository(Register& reg) { return reg.securityWalks(); }
};
template <>
struct EntityTraits<WalkFinding>
{
    static WalkFindingRepository& repository(Register& reg) { return reg.walkFindings(); }
};
template <>
struct EntityTraits<PremisesInventory>
{
    static PremisesInventoryRepository& repository(Register& reg) { return reg.premisesInventories(); }
};
template <>
struct EntityTraits<ThreatAssessment>
{
    static ThreatAssessmentRepository& repository(Register& reg) { return reg.threatAssessments(); }
};

} // namespace sakra::gui
