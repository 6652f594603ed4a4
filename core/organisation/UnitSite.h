#pragma once

#include "storage/EntityBase.h"
#include "storage/Tables.h"

namespace sakra {

// A unit working at a site; several units may share one site.
struct UnitSite : EntityBase
{
    qint64 unitId = 0;
    qint64 siteId = 0;

    static const TableSpec& spec() { return Tables::unitSite(); }
    static UnitSite fromValues(const QVariantMap& v);
    QVariantMap toValues() const;
};

} // namespace sakra
