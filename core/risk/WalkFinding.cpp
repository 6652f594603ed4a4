#include "WalkFinding.h"

namespace sakra {

const Fields<WalkFinding>& WalkFinding::fields()
{
    using R = WalkFinding;
    static const Fields<R> kFields({bind::id("walk_id", &R::walkId),
                                    bind::text("description", &R::description),
                                    bind::id("risk_id", &R::riskId)});
    return kFields;
}

} // namespace sakra
