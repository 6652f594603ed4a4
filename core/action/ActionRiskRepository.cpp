#include "ActionRiskRepository.h"

#include "risk/RiskMatrixRepository.h"
#include "storage/Query.h"

namespace sakra {

ActionRiskRepository::ActionRiskRepository(Database& db)
    : LinkRepository(
          db, {"sakra::ActionRiskRepository",
               {"action_id", &Tables::action, &ActionRisk::actionId,
                QT_TRANSLATE_NOOP("sakra::ActionRiskRepository", "Välj en åtgärd.")},
               {"risk_id", &Tables::risk, &ActionRisk::riskId,
                QT_TRANSLATE_NOOP("sakra::ActionRiskRepository", "Välj den risk som åtgärden ska minska.")},
               QT_TRANSLATE_NOOP("sakra::ActionRiskRepository", "Åtgärden är redan kopplad till risken.")})
{
}

std::optional<std::pair<int, int>> ActionRiskRepository::proposedResidual(qint64 riskId) const
{
    const auto links = ofRisk(riskId);
    for (auto it = links.rbegin(); it != links.rend(); ++it)
        if (it->residualLikelihood > 0 && it->residualConsequence > 0)
            return std::make_pair(it->residualLikelihood, it->residualConsequence);
    return std::nullopt;
}

void ActionRiskRepository::validate(const ActionRisk& link) const
{
    LinkRepository::validate(link);
    if ((link.residualLikelihood == 0) != (link.residualConsequence == 0))
        throw ValidationError(QStringLiteral("residual_likelihood"),
                              tr("Ange både sannolikhet och konsekvens efter åtgärden, eller ingen av dem."));
    if (link.residualLikelihood > 0) {
        const RiskMatrix matrix = RiskMatrixRepository(m_db).current();
        if (link.residualLikelihood > matrix.likelihoodSize())
            throw ValidationError(
                QStringLiteral("residual_likelihood"),
                tr("Sannolikheten efter åtgärden ska vara mellan 1 och %1.").arg(matrix.likelihoodSize()));
        if (link.residualConsequence > matrix.consequenceSize())
            throw ValidationError(
                QStringLiteral("residual_consequence"),
                tr("Konsekvensen efter åtgärden ska vara mellan 1 och %1.").arg(matrix.consequenceSize()));
    }
}

} // namespace sakra
