#include "RiskInventory.h"

#include "storage/CodeTable.h"

namespace sakra {

namespace {
constexpr const char* kLevelCodes[] = {"low", "moderate", "high"};
constexpr const char* kLevelLabels[] = {QT_TRANSLATE_NOOP("sakra::RiskInventory", "Låg"),
                                        QT_TRANSLATE_NOOP("sakra::RiskInventory", "Måttlig"),
                                        QT_TRANSLATE_NOOP("sakra::RiskInventory", "Hög")};
} // namespace

const CodeTable<RiskInventory::ThreatLevel, 3> RiskInventory::kThreatLevels{"sakra::RiskInventory",
                                                                            kLevelCodes, kLevelLabels};

const Fields<RiskInventory>& RiskInventory::fields()
{
    using R = RiskInventory;
    static const Fields<R> kFields({bind::id("unit_id", &R::unitId), bind::date("held_on", &R::heldOn),
                                    bind::trimmed("participants", &R::participants),
                                    bind::trimmed("method", &R::method), bind::text("note", &R::note),
                                    bind::optionalCode("threat_level", &R::threatLevel, kThreatLevels)});
    return kFields;
}

} // namespace sakra
