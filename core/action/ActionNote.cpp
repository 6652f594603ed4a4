#include "ActionNote.h"

namespace sakra {

ActionNote ActionNote::fromValues(const QVariantMap& v)
{
    ActionNote a;
    a.readBase(v);
    a.actionId = v.value(QStringLiteral("action_id")).toLongLong();
    a.notedOn = QDate::fromString(v.value(QStringLiteral("noted_on")).toString(), Qt::ISODate);
    a.text = v.value(QStringLiteral("text")).toString();
    a.author = v.value(QStringLiteral("author")).toString();
    return a;
}

QVariantMap ActionNote::toValues() const
{
    return {{QStringLiteral("action_id"), actionId},
            {QStringLiteral("noted_on"), notedOn.isValid() ? notedOn.toString(Qt::ISODate) : QString()},
            {QStringLiteral("text"), text.trimmed()},
            {QStringLiteral("author"), author.trimmed()}};
}

} // namespace sakra
