#include "SecurityRole.h"

#include "i18n/Translation.h"
#include "storage/Tables.h"

#include <QLocale>

namespace sakra {

QString SecurityRole::displayName() const
{
    return Translation::current() == Language::English && !nameEn.isEmpty() ? nameEn : nameSv;
}

const Fields<SecurityRole>& SecurityRole::fields()
{
    using R = SecurityRole;
    static const Fields<R> kFields({bind::trimmed("code", &R::code), bind::trimmed("name_sv", &R::nameSv),
                                    bind::trimmed("name_en", &R::nameEn),
                                    bind::code("level", &R::level, kSecurityLevels, SecurityLevel::Related)});
    return kFields;
}

} // namespace sakra
