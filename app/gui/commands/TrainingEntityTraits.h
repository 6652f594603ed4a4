#pragma once

#include "EntityTraits.h"

namespace sakra::gui {

// The repository of training sessions and exercises, for the generic commands. Include this
// before the command templates.
template <>
struct EntityTraits<Training>
{
    static TrainingRepository& repository(Register& reg) { return reg.trainings(); }
};

} // namespace sakra::gui
