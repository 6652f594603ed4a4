#pragma once

#include "EntityTraits.h"

namespace sakra::gui {

// The repositories of the action area's entities, for the generic create, update and remove
// commands. Include this before the command templates.
template <>
struct EntityTraits<Action>
{
    static ActionRepository& repository(Register& reg) { return reg.actions(); }
};
template <>
struct EntityTraits<ActionKind>
{
    static ActionKindRepository& repository(Register& reg) { return reg.actionKinds(); }
};
template <>
struct EntityTraits<ActionNote>
{
    static ActionNoteRepository& repository(Register& reg) { return reg.actionNotes(); }
};
template <>
struct EntityTraits<ActionRisk>
{
    static ActionRiskRepository& repository(Register& reg) { return reg.actionRisks(); }
};

} // namespace sakra::gui
