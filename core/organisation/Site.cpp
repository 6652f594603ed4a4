#include "Site.h"

#include "storage/Tables.h"

namespace sakra {

Site Site::fromValues(const QVariantMap& v)
{
    Site s;
    s.readBase(v);
    s.name = v.value(QStringLiteral("name")).toString();
    s.street = v.value(QStringLiteral("street")).toString();
    s.postalCode = v.value(QStringLiteral("postal_code")).toString();
    s.city = v.value(QStringLiteral("city")).toString();
    s.note = v.value(QStringLiteral("note")).toString();
    return s;
}

QVariantMap Site::toValues() const
{
    return {{QStringLiteral("name"), name.trimmed()},
            {QStringLiteral("street"), street.trimmed()},
            {QStringLiteral("postal_code"), postalCode.trimmed()},
            {QStringLiteral("city"), city.trimmed()},
            {QStringLiteral("note"), note}};
}

} // namespace sakra
