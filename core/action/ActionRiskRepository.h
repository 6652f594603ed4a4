#pragma once

#include "ActionRisk.h"
#include "storage/LinkRepository.h"

#include <vector>

namespace sakra {

// Which actions treat which risks, both ways round.
class ActionRiskRepository : public LinkRepository<ActionRisk>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::ActionRiskRepository)

public:
    explicit ActionRiskRepository(Database& db);

    std::vector<ActionRisk> ofAction(qint64 actionId) const { return ofFirst(actionId); }
    std::vector<ActionRisk> ofRisk(qint64 riskId) const { return ofSecond(riskId); }
    // The residual (likelihood, consequence) the newest action treating the risk proposes, if any.
    std::optional<std::pair<int, int>> proposedResidual(qint64 riskId) const;

protected:
    void validate(const ActionRisk& link) const override;
};

} // namespace sakra
