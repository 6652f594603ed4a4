#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

namespace sakra {

// A unit a routine covers (its units below it are covered through it).
struct RoutineUnit : LinkRow<RoutineUnit>
{
    qint64 routineId = 0;
    qint64 unitId = 0;

    static const TableSpec& spec() { return Tables::routineUnit(); }
    static constexpr Id kFirst{"routine_id", &RoutineUnit::routineId};
    static constexpr Id kSecond{"unit_id", &RoutineUnit::unitId};
};

} // namespace sakra
