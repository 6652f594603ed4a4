#pragma once

#include "EntityTraits.h"

namespace sakra::gui {

// The repository of the coordinators' overrides of self-assessment answers, for the generic
// commands. Include this before the command templates.
template <>
struct EntityTraits<AssessmentOverride>
{
    static AssessmentOverrideRepository& repository(Register& reg) { return reg.assessmentOverrides(); }
};

} // namespace sakra::gui
