#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

namespace sakra {

// A unit (first) working at a site (second); several units may share one site.
using UnitSite = LinkRow<Tables::unitSite>;

} // namespace sakra
