#pragma once

#include "ActionRisk.h"
#include "storage/EntityRepository.h"

#include <vector>

namespace sakra {

// Which actions treat which risks, both ways round.
class ActionRiskRepository : public EntityRepository<ActionRisk>
{
public:
    using EntityRepository::EntityRepository;

    std::vector<ActionRisk> ofAction(qint64 actionId) const;
    std::vector<ActionRisk> ofRisk(qint64 riskId) const;
    // The live link between the two, 0 if none.
    qint64 linkId(qint64 actionId, qint64 riskId) const;
    // The residual (likelihood, consequence) the newest action treating the risk proposes, if any.
    std::optional<std::pair<int, int>> proposedResidual(qint64 riskId) const;

protected:
    void validate(const ActionRisk& link) const override;

private:
    std::vector<ActionRisk> select(const char* column, qint64 id) const;
};

} // namespace sakra
