#include "SecurityRole.h"

#include "storage/Tables.h"

#include <QLocale>

namespace sakra {

QString SecurityRole::displayName() const
{
    return QLocale().language() == QLocale::English && !nameEn.isEmpty() ? nameEn : nameSv;
}

SecurityRole SecurityRole::fromValues(const QVariantMap& v)
{
    SecurityRole r;
    r.readBase(v);
    r.code = v.value(QStringLiteral("code")).toString();
    r.nameSv = v.value(QStringLiteral("name_sv")).toString();
    r.nameEn = v.value(QStringLiteral("name_en")).toString();
    r.level =
        securityLevelFromCode(v.value(QStringLiteral("level")).toString()).value_or(SecurityLevel::Related);
    return r;
}

QVariantMap SecurityRole::toValues() const
{
    return {{QStringLiteral("code"), code.trimmed()},
            {QStringLiteral("name_sv"), nameSv.trimmed()},
            {QStringLiteral("name_en"), nameEn.trimmed()},
            {QStringLiteral("level"), securityLevelCode(level)}};
}

} // namespace sakra
