#include "Person.h"

#include "storage/Tables.h"

namespace sakra {

Person Person::fromValues(const QVariantMap& v)
{
    Person p;
    p.readBase(v);
    p.name = v.value(QStringLiteral("name")).toString();
    p.title = v.value(QStringLiteral("title")).toString();
    p.phone = v.value(QStringLiteral("phone")).toString();
    p.email = v.value(QStringLiteral("email")).toString();
    p.unitId = v.value(QStringLiteral("unit_id")).toLongLong();
    return p;
}

QVariantMap Person::toValues() const
{
    return {{QStringLiteral("name"), name.trimmed()},
            {QStringLiteral("title"), title.trimmed()},
            {QStringLiteral("phone"), phone.trimmed()},
            {QStringLiteral("email"), email.trimmed()},
            {QStringLiteral("unit_id"), unitId}};
}

} // namespace sakra
