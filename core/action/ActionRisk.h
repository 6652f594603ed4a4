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

    // The two ends, in the order of the spec's first two columns (see LinkRepository).
    static constexpr qint64 ActionRisk::*kFirst = &ActionRisk::actionId;
    static constexpr qint64 ActionRisk::*kSecond = &ActionRisk::riskId;
    static const Fields<ActionRisk>& fields();
};

} // namespace sakra
