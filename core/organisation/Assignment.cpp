#include "Assignment.h"

#include "storage/Tables.h"

namespace sakra {

const Fields<Assignment>& Assignment::fields()
{
    using R = Assignment;
    static const Fields<R> kFields({bind::id("person_id", &R::personId), bind::id("role_id", &R::roleId),
                                    bind::id("unit_id", &R::unitId), bind::date("start_date", &R::startDate),
                                    bind::date("end_date", &R::endDate),
                                    bind::integer("fte_percent", &R::ftePercent)});
    return kFields;
}

} // namespace sakra
