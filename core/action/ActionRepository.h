#pragma once

#include "Action.h"
#include "ActionQuery.h"
#include "storage/EntityRepository.h"

#include <vector>

namespace sakra {

class ActionRepository : public EntityRepository<Action>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::ActionRepository)

public:
    using EntityRepository::count;
    using EntityRepository::EntityRepository;

    std::vector<ActionRow> list(const ActionQuery& query) const;
    qint64 count(const ActionQuery& query) const;

    // An action made for a risk and linked to it in the same transaction, so an action is never
    // left without the link it was made for. Undo is remove(); restore() brings the link back too.
    qint64 createForRisk(const Action& action, qint64 riskId);

    static constexpr qint64 kMaxCostKr = 10'000'000'000LL;

protected:
    // Dates the status change (today, unless the caller gave another date) and sets or clears the
    // done date with the status.
    void completeDerived(Action& action) const override;
    void validate(const Action& action) const override;
    void removeDependants(qint64 id) override;
    void restoreDependants(qint64 id, const QString& removedAt) override;
};

} // namespace sakra
