#include "RiskCategory.h"

namespace sakra {

RiskCategory RiskCategory::fromValues(const QVariantMap& v)
{
    RiskCategory r;
    r.readBase(v);
    r.name = v.value(QStringLiteral("name")).toString();
    r.sortOrder = v.value(QStringLiteral("sort_order")).toInt();
    return r;
}

QVariantMap RiskCategory::toValues() const
{
    return {{QStringLiteral("name"), name.trimmed()}, {QStringLiteral("sort_order"), sortOrder}};
}

} // namespace sakra
