#include "PlannedPost.h"

#include "storage/Tables.h"

namespace sakra {

const Fields<PlannedPost>& PlannedPost::fields()
{
    using R = PlannedPost;
    static const Fields<R> kFields({bind::id("unit_id", &R::unitId),
                                    bind::code("level", &R::level, kSecurityLevels, SecurityLevel::Tactical),
                                    bind::integer("posts", &R::posts), bind::trimmed("title", &R::title),
                                    bind::optionalInt("yearly_cost_kr", &R::yearlyCostKr, kNotCosted),
                                    bind::reference("board_id", &R::boardId)});
    return kFields;
}

} // namespace sakra
