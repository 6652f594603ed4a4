#pragma once

#include "ActionNote.h"
#include "storage/EntityRepository.h"

#include <vector>

namespace sakra {

// The follow-up log of actions.
class ActionNoteRepository : public EntityRepository<ActionNote>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::ActionNoteRepository)

public:
    using EntityRepository::EntityRepository;

    // Newest first.
    std::vector<ActionNote> ofAction(qint64 actionId) const;
    std::optional<ActionNote> latest(qint64 actionId) const;

protected:
    void completeDerived(ActionNote& note) const override;
    void validate(const ActionNote& note) const override;
};

} // namespace sakra
