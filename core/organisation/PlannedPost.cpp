#include "PlannedPost.h"

#include "storage/Tables.h"

namespace sakra {

const Fields<PlannedPost>& PlannedPost::fields()
{
    using R = PlannedPost;
    static const Fields<R> kFields(
        {bind::id("unit_id", &R::unitId),
         bind::code("level", &R::level, securityLevelCode, securityLevelFromCode, SecurityLevel::Tactical),
         bind::integer("posts", &R::posts)});
    return kFields;
}

} // namespace sakra
