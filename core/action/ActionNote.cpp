#include "ActionNote.h"

namespace sakra {

const Fields<ActionNote>& ActionNote::fields()
{
    using R = ActionNote;
    static const Fields<R> kFields({bind::id("action_id", &R::actionId), bind::date("noted_on", &R::notedOn),
                                    bind::trimmed("text", &R::text), bind::trimmed("author", &R::author)});
    return kFields;
}

} // namespace sakra
