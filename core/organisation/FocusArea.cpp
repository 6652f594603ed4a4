#include "FocusArea.h"

#include "storage/Tables.h"

namespace sakra {

const Fields<FocusArea>& FocusArea::fields()
{
    using R = FocusArea;
    static const Fields<R> kFields({bind::trimmed("name", &R::name),
                                    bind::text("description", &R::description),
                                    bind::integer("sort_order", &R::sortOrder)});
    return kFields;
}

} // namespace sakra
