#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

namespace sakra {

// An administration or company (first) that also reports to a board (second) besides its own
// (seed 003: one administration serves two boards).
using UnitBoard = LinkRow<Tables::unitBoard>;

} // namespace sakra
