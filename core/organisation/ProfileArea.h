#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

namespace sakra {

// One focus area in an administration's requirement profile.
struct ProfileArea : LinkRow<ProfileArea>
{
    qint64 unitId = 0;
    qint64 focusAreaId = 0;

    static const TableSpec& spec() { return Tables::profileArea(); }
    static constexpr Id kFirst{"unit_id", &ProfileArea::unitId};
    static constexpr Id kSecond{"focus_area_id", &ProfileArea::focusAreaId};
};

} // namespace sakra
