#include "SecurityLevel.h"

#include <QCoreApplication>

namespace sakra {

namespace {
struct LevelInfo
{
    SecurityLevel level;
    const char* code;
    const char* label;
};
constexpr LevelInfo kLevels[] = {
    {SecurityLevel::Strategic, "strategic", QT_TRANSLATE_NOOP("sakra::SecurityLevel", "Strategisk")},
    {SecurityLevel::Tactical, "tactical", QT_TRANSLATE_NOOP("sakra::SecurityLevel", "Taktisk")},
    {SecurityLevel::Operational, "operational", QT_TRANSLATE_NOOP("sakra::SecurityLevel", "Operativ")},
    {SecurityLevel::Related, "related", QT_TRANSLATE_NOOP("sakra::SecurityLevel", "Närliggande roll")},
};
} // namespace

QString securityLevelCode(SecurityLevel level)
{
    return QLatin1String(kLevels[int(level)].code);
}

std::optional<SecurityLevel> securityLevelFromCode(const QString& code)
{
    for (const LevelInfo& l : kLevels)
        if (code == QLatin1String(l.code))
            return l.level;
    return std::nullopt;
}

QString securityLevelLabel(SecurityLevel level)
{
    return QCoreApplication::translate("sakra::SecurityLevel", kLevels[int(level)].label);
}

} // namespace sakra
