#include "ActionRisk.h"

namespace sakra {

ActionRisk ActionRisk::fromValues(const QVariantMap& v)
{
    ActionRisk l;
    l.readBase(v);
    l.actionId = v.value(QStringLiteral("action_id")).toLongLong();
    l.riskId = v.value(QStringLiteral("risk_id")).toLongLong();
    l.residualLikelihood = v.value(QStringLiteral("residual_likelihood")).toInt();
    l.residualConsequence = v.value(QStringLiteral("residual_consequence")).toInt();
    return l;
}

QVariantMap ActionRisk::toValues() const
{
    auto optional = [](int v) { return v > 0 ? QVariant(v) : QVariant(QMetaType(QMetaType::LongLong)); };
    return {{QStringLiteral("action_id"), actionId},
            {QStringLiteral("risk_id"), riskId},
            {QStringLiteral("residual_likelihood"), optional(residualLikelihood)},
            {QStringLiteral("residual_consequence"), optional(residualConsequence)}};
}

} // namespace sakra
