#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

namespace sakra {

// A unit working at a site; several units may share one site.
struct UnitSite : LinkRow<UnitSite>
{
    qint64 unitId = 0;
    qint64 siteId = 0;

    static const TableSpec& spec() { return Tables::unitSite(); }
    static constexpr Id kFirst{"unit_id", &UnitSite::unitId};
    static constexpr Id kSecond{"site_id", &UnitSite::siteId};
};

} // namespace sakra
