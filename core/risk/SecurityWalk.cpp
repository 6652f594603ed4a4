#include "SecurityWalk.h"

namespace sakra {

const Fields<SecurityWalk>& SecurityWalk::fields()
{
    using R = SecurityWalk;
    static const Fields<R> kFields({bind::id("site_id", &R::siteId), bind::date("walked_on", &R::walkedOn),
                                    bind::trimmed("participants", &R::participants),
                                    bind::text("note", &R::note)});
    return kFields;
}

} // namespace sakra
