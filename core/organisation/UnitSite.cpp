#include "UnitSite.h"

#include "storage/Tables.h"

namespace sakra {

UnitSite UnitSite::fromValues(const QVariantMap& v)
{
    UnitSite s;
    s.readBase(v);
    s.unitId = v.value(QStringLiteral("unit_id")).toLongLong();
    s.siteId = v.value(QStringLiteral("site_id")).toLongLong();
    return s;
}

QVariantMap UnitSite::toValues() const
{
    return {{QStringLiteral("unit_id"), unitId}, {QStringLiteral("site_id"), siteId}};
}

} // namespace sakra
