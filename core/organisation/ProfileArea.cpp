#include "ProfileArea.h"

#include "storage/Tables.h"

namespace sakra {

ProfileArea ProfileArea::fromValues(const QVariantMap& v)
{
    ProfileArea p;
    p.readBase(v);
    p.unitId = v.value(QStringLiteral("unit_id")).toLongLong();
    p.focusAreaId = v.value(QStringLiteral("focus_area_id")).toLongLong();
    return p;
}

QVariantMap ProfileArea::toValues() const
{
    return {{QStringLiteral("unit_id"), unitId}, {QStringLiteral("focus_area_id"), focusAreaId}};
}

} // namespace sakra
