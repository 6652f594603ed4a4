#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

namespace sakra {

// An action treating a risk, with the residual likelihood and consequence the action is expected
// to leave (0: not given); the risk is offered that residual level when the link is made.
struct ActionRisk : StoredEntity<ActionRisk, Tables::actionRisk>
{
    qint64 actionId = 0;
    qint64 riskId = 0;
    int residualLikelihood = 0;
    int residualConsequence = 0;

    static constexpr LinkEnd<ActionRisk> kFirst{"action_id", &ActionRisk::actionId};
    static constexpr LinkEnd<ActionRisk> kSecond{"risk_id", &ActionRisk::riskId};
    static const Fields<ActionRisk>& fields();
};

} // namespace sakra
