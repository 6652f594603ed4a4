#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

namespace sakra {

// An incident (first) and the risk (second) it revealed or made more likely (found at a risk inventory or
// since).
using IncidentRisk = LinkRow<Tables::incidentRisk>;

} // namespace sakra
