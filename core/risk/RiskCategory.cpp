#include "RiskCategory.h"

namespace sakra {

const Fields<RiskCategory>& RiskCategory::fields()
{
    using R = RiskCategory;
    static const Fields<R> kFields(
        {bind::trimmed("name", &R::name), bind::integer("sort_order", &R::sortOrder)});
    return kFields;
}

} // namespace sakra
