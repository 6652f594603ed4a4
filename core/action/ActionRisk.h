#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

namespace sakra {

// An action treating a risk, with the residual likelihood and consequence the action is expected
// to leave (0: not given); the risk is offered that residual level when the link is made.
struct ActionRisk : StoredEntity<ActionRisk>
{
    qint64 actionId = 0;
    qint64 riskId = 0;
    int residualLikelihood = 0;
    int residualConsequence = 0;

    static const TableSpec& spec() { return Tables::actionRisk(); }
    static const Fields<ActionRisk>& fields();
};

} // namespace sakra
