#pragma once

#include "EntityTraits.h"
#include "report/ReportDraftRepository.h"

namespace sakra::gui {

// The repository of saved board-document drafts, for the generic create, update and remove
// commands. Include this before the command templates.
template <>
struct EntityTraits<ReportDraft>
{
    static ReportDraftRepository& repository(Register& reg) { return reg.reportDrafts(); }
};

} // namespace sakra::gui
