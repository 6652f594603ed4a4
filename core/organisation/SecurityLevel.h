#pragma once

#include "storage/CodeTable.h"

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

// Each level's code in the register and its Swedish label.
extern const CodeTable<SecurityLevel, 4> kSecurityLevels;
// The three levels that have planned posts.
constexpr SecurityLevel kStaffedLevels[] = {SecurityLevel::Strategic, SecurityLevel::Tactical,
                                            SecurityLevel::Operational};

} // namespace sakra
