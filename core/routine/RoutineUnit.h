#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

namespace sakra {

// A unit (second) a routine (first) covers (its units below it are covered through it).
using RoutineUnit = LinkRow<Tables::routineUnit>;

} // namespace sakra
