#include "RiskInventory.h"

namespace sakra {

RiskInventory RiskInventory::fromValues(const QVariantMap& v)
{
    RiskInventory r;
    r.readBase(v);
    r.unitId = v.value(QStringLiteral("unit_id")).toLongLong();
    r.heldOn = QDate::fromString(v.value(QStringLiteral("held_on")).toString(), Qt::ISODate);
    r.participants = v.value(QStringLiteral("participants")).toString();
    r.method = v.value(QStringLiteral("method")).toString();
    r.note = v.value(QStringLiteral("note")).toString();
    return r;
}

QVariantMap RiskInventory::toValues() const
{
    return {{QStringLiteral("unit_id"), unitId},
            {QStringLiteral("held_on"), heldOn.isValid() ? heldOn.toString(Qt::ISODate) : QString()},
            {QStringLiteral("participants"), participants.trimmed()},
            {QStringLiteral("method"), method.trimmed()},
            {QStringLiteral("note"), note}};
}

} // namespace sakra
