#include "ActionRisk.h"

namespace sakra {

const Fields<ActionRisk>& ActionRisk::fields()
{
    using R = ActionRisk;
    static const Fields<R> kFields({bind::id("action_id", &R::actionId), bind::id("risk_id", &R::riskId),
                                    bind::optionalInt("residual_likelihood", &R::residualLikelihood),
                                    bind::optionalInt("residual_consequence", &R::residualConsequence)});
    return kFields;
}

} // namespace sakra
