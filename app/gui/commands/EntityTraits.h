#pragma once

#include "Register.h"

namespace sakra::gui {

// Which repository of the register holds entities of type T, so the generic commands need only
// the entity type.
template <typename T>
struct EntityTraits;

template <>
struct EntityTraits<OrgUnit>
{
    static OrgUnitRepository& repository(Register& reg) { return reg.units(); }
};
template <>
struct EntityTraits<Site>
{
    static SiteRepository& repository(Register& reg) { return reg.sites(); }
};
template <>
struct EntityTraits<UnitSite>
{
    static UnitSiteRepository& repository(Register& reg) { return reg.unitSites(); }
};
template <>
struct EntityTraits<Person>
{
    static PersonRepository& repository(Register& reg) { return reg.people(); }
};
template <>
struct EntityTraits<Assignment>
{
    static AssignmentRepository& repository(Register& reg) { return reg.assignments(); }
};
template <>
struct EntityTraits<PlannedPost>
{
    static PlannedPostRepository& repository(Register& reg) { return reg.plannedPosts(); }
};
template <>
struct EntityTraits<FocusArea>
{
    static FocusAreaRepository& repository(Register& reg) { return reg.focusAreas(); }
};
template <>
struct EntityTraits<ProfileArea>
{
    static ProfileAreaRepository& repository(Register& reg) { return reg.profileAreas(); }
};
template <>
struct EntityTraits<Milestone>
{
    static MilestoneRepository& repository(Register& reg) { return reg.milestones(); }
};
template <>
struct EntityTraits<BudgetLine>
{
    static BudgetRepository& repository(Register& reg) { return reg.budget(); }
};

} // namespace sakra::gui
