#include "FocusArea.h"

#include "storage/Tables.h"

namespace sakra {

FocusArea FocusArea::fromValues(const QVariantMap& v)
{
    FocusArea f;
    f.readBase(v);
    f.name = v.value(QStringLiteral("name")).toString();
    f.description = v.value(QStringLiteral("description")).toString();
    f.sortOrder = v.value(QStringLiteral("sort_order")).toInt();
    return f;
}

QVariantMap FocusArea::toValues() const
{
    return {{QStringLiteral("name"), name.trimmed()},
            {QStringLiteral("description"), description},
            {QStringLiteral("sort_order"), sortOrder}};
}

} // namespace sakra
