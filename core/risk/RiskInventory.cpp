#include "RiskInventory.h"

namespace sakra {

const Fields<RiskInventory>& RiskInventory::fields()
{
    using R = RiskInventory;
    static const Fields<R> kFields({bind::id("unit_id", &R::unitId), bind::date("held_on", &R::heldOn),
                                    bind::trimmed("participants", &R::participants),
                                    bind::trimmed("method", &R::method), bind::text("note", &R::note)});
    return kFields;
}

} // namespace sakra
