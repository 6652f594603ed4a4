#pragma once

#include <QString>
#include <optional>

namespace sakra {

// The three levels of the security organisation, plus roles that relate to it without being one
// of the levels (fire-safety lead and similar).
enum class SecurityLevel
{
    Strategic,
    Tactical,
    Operational,
    Related
};

QString securityLevelCode(SecurityLevel level);
std::optional<SecurityLevel> securityLevelFromCode(const QString& code);
QString securityLevelLabel(SecurityLevel level);
// The three levels that have planned posts.
constexpr SecurityLevel kStaffedLevels[] = {SecurityLevel::Strategic, SecurityLevel::Tactical,
                                            SecurityLevel::Operational};

} // namespace sakra
