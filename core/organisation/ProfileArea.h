#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

namespace sakra {

// One focus area (second) in an administration's (first) requirement profile.
using ProfileArea = LinkRow<Tables::profileArea>;

} // namespace sakra
