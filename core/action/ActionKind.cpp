#include "ActionKind.h"

namespace sakra {

ActionKind ActionKind::fromValues(const QVariantMap& v)
{
    ActionKind a;
    a.readBase(v);
    a.name = v.value(QStringLiteral("name")).toString();
    a.sortOrder = v.value(QStringLiteral("sort_order")).toInt();
    return a;
}

QVariantMap ActionKind::toValues() const
{
    return {{QStringLiteral("name"), name.trimmed()}, {QStringLiteral("sort_order"), sortOrder}};
}

} // namespace sakra
