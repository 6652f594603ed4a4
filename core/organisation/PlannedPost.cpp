#include "PlannedPost.h"

#include "storage/Tables.h"

namespace sakra {

PlannedPost PlannedPost::fromValues(const QVariantMap& v)
{
    PlannedPost p;
    p.readBase(v);
    p.unitId = v.value(QStringLiteral("unit_id")).toLongLong();
    p.level =
        securityLevelFromCode(v.value(QStringLiteral("level")).toString()).value_or(SecurityLevel::Tactical);
    p.posts = v.value(QStringLiteral("posts")).toInt();
    return p;
}

QVariantMap PlannedPost::toValues() const
{
    return {{QStringLiteral("unit_id"), unitId},
            {QStringLiteral("level"), securityLevelCode(level)},
            {QStringLiteral("posts"), posts}};
}

} // namespace sakra
