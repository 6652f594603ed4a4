#include "SecurityLevel.h"

#include "storage/CodeTable.h"

namespace sakra {

namespace {
constexpr const char* kCodes[] = {"strategic", "tactical", "operational", "related"};
constexpr const char* kLabels[] = {QT_TRANSLATE_NOOP("sakra::SecurityLevel", "Strategisk"),
                                   QT_TRANSLATE_NOOP("sakra::SecurityLevel", "Taktisk"),
                                   QT_TRANSLATE_NOOP("sakra::SecurityLevel", "Operativ"),
                                   QT_TRANSLATE_NOOP("sakra::SecurityLevel", "Närliggande roll")};
} // namespace

const CodeTable<SecurityLevel, 4> kSecurityLevels{"sakra::SecurityLevel", kCodes, kLabels};

} // namespace sakra
