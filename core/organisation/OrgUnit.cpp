#include "OrgUnit.h"

#include "storage/Tables.h"

namespace sakra {

const Fields<OrgUnit>& OrgUnit::fields()
{
    using R = OrgUnit;
    static const Fields<R> kFields(
        {bind::id("parent_id", &R::parentId),
         bind::code("kind", &R::kind, unitKindCode, unitKindFromCode, UnitKind::Unit),
         bind::trimmed("name", &R::name), bind::id("board_id", &R::boardId), bind::text("note", &R::note)});
    return kFields;
}

} // namespace sakra
