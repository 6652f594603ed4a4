#include "ActionKind.h"

namespace sakra {

const Fields<ActionKind>& ActionKind::fields()
{
    using R = ActionKind;
    static const Fields<R> kFields(
        {bind::trimmed("name", &R::name), bind::integer("sort_order", &R::sortOrder)});
    return kFields;
}

} // namespace sakra
