#pragma once

#include "EntityTraits.h"

namespace sakra::gui {

// The repositories of routines and the units they cover, for the generic commands. Include this
// before the command templates.
template <>
struct EntityTraits<Routine>
{
    static RoutineRepository& repository(Register& reg) { return reg.routines(); }
};
template <>
struct EntityTraits<RoutineUnit>
{
    static RoutineUnitRepository& repository(Register& reg) { return reg.routineUnits(); }
};

} // namespace sakra::gui
