#include "WalkFinding.h"

namespace sakra {

WalkFinding WalkFinding::fromValues(const QVariantMap& v)
{
    WalkFinding w;
    w.readBase(v);
    w.walkId = v.value(QStringLiteral("walk_id")).toLongLong();
    w.description = v.value(QStringLiteral("description")).toString();
    w.riskId = v.value(QStringLiteral("risk_id")).toLongLong();
    return w;
}

QVariantMap WalkFinding::toValues() const
{
    return {{QStringLiteral("walk_id"), walkId},
            {QStringLiteral("description"), description},
            {QStringLiteral("risk_id"), riskId}};
}

} // namespace sakra
