#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

#include <QDate>
#include <optional>

namespace sakra {

// A risk inventory as an occasion: when, where, who took part and how; the risks it found
// point back to it.
struct RiskInventory : StoredEntity<RiskInventory, Tables::riskInventory>
{
    enum class ThreatLevel
    {
        Low,
        Moderate,
        High
    };
    static const CodeTable<ThreatLevel, 3> kThreatLevels;

    qint64 unitId = 0;
    QDate heldOn;
    QString participants;
    QString method;
    QString note;
    // The unit's level of risk for threats and violence as this inventory assessed it; none: not
    // assessed. A current low level makes the self-assessment proportionate (AssessmentRules).
    std::optional<ThreatLevel> threatLevel;

    static const Fields<RiskInventory>& fields();
};

} // namespace sakra
