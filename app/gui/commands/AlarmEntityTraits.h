#pragma once

#include "EntityTraits.h"

namespace sakra::gui {

// The repository of alarm equipment, for the generic commands. Include this before the command
// templates.
template <>
struct EntityTraits<AlarmEquipment>
{
    static AlarmEquipmentRepository& repository(Register& reg) { return reg.alarmEquipment(); }
};

} // namespace sakra::gui
