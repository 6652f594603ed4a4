#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

namespace sakra {

// An incident (first) and the action (second) it led to.
using IncidentAction = LinkRow<Tables::incidentAction>;

} // namespace sakra
