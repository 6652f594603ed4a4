#include "SecurityWalk.h"

namespace sakra {

SecurityWalk SecurityWalk::fromValues(const QVariantMap& v)
{
    SecurityWalk s;
    s.readBase(v);
    s.siteId = v.value(QStringLiteral("site_id")).toLongLong();
    s.walkedOn = QDate::fromString(v.value(QStringLiteral("walked_on")).toString(), Qt::ISODate);
    s.participants = v.value(QStringLiteral("participants")).toString();
    s.note = v.value(QStringLiteral("note")).toString();
    return s;
}

QVariantMap SecurityWalk::toValues() const
{
    return {{QStringLiteral("site_id"), siteId},
            {QStringLiteral("walked_on"), walkedOn.isValid() ? walkedOn.toString(Qt::ISODate) : QString()},
            {QStringLiteral("participants"), participants.trimmed()},
            {QStringLiteral("note"), note}};
}

} // namespace sakra
