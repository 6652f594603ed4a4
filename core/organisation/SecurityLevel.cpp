#include "SecurityLevel.h"

#include "storage/CodeTable.h"

namespace sakra {

namespace {
constexpr const char* kCodes[] = {"strategic", "tactical", "operational", "related"};
constexpr const char* kLabels[] = {QT_TRANSLATE_NOOP("sakra::SecurityLevel", "Strategisk"),
                                   QT_TRANSLATE_NOOP("sakra::SecurityLevel", "Taktisk"),
                                   QT_TRANSLATE_NOOP("sakra::SecurityLevel", "Operativ"),
                                   QT_TRANSLATE_NOOP("sakra::SecurityLevel", "Närliggande roll")};
constexpr CodeTable<SecurityLevel, 4> kTable{"sakra::SecurityLevel", kCodes, kLabels};
} // namespace

QString securityLevelCode(SecurityLevel value)
{
    return kTable.code(value);
}

std::optional<SecurityLevel> securityLevelFromCode(const QString& code)
{
    return kTable.fromCode(code);
}

QString securityLevelLabel(SecurityLevel value)
{
    return kTable.label(value);
}

} // namespace sakra
