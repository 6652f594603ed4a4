#include "ActionRiskRepository.h"

#include "risk/RiskMatrixRepository.h"
#include "storage/Query.h"

namespace sakra {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::ActionRiskRepository", text);
}
} // namespace

std::vector<ActionRisk> ActionRiskRepository::select(const char* column, qint64 id) const
{
    const QString sql = QStringLiteral("SELECT %1 FROM action_risk WHERE %2 = ? AND deleted_at IS NULL ORDER BY id")
                            .arg(wholeRows(), QLatin1String(column));
    Query q(m_db, sql);
    q.bind(id).exec();
    return readAll(q);
}

std::vector<ActionRisk> ActionRiskRepository::ofAction(qint64 actionId) const
{
    return select("action_id", actionId);
}

std::vector<ActionRisk> ActionRiskRepository::ofRisk(qint64 riskId) const
{
    return select("risk_id", riskId);
}

qint64 ActionRiskRepository::linkId(qint64 actionId, qint64 riskId) const
{
    return Query(m_db, QStringLiteral("SELECT id FROM action_risk WHERE action_id = ? AND risk_id = ? AND deleted_at IS NULL"))
        .bind(actionId)
        .bind(riskId)
        .scalar()
        .toLongLong();
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
    if (!RecordStore(m_db, Tables::action()).isLive(link.actionId))
        throw ValidationError(QStringLiteral("action_id"), tr("Välj en åtgärd."));
    if (!RecordStore(m_db, Tables::risk()).isLive(link.riskId))
        throw ValidationError(QStringLiteral("risk_id"), tr("Välj den risk som åtgärden ska minska."));
    const qint64 existing = linkId(link.actionId, link.riskId);
    if (existing != 0 && existing != link.id)
        throw ValidationError(QStringLiteral("risk_id"), tr("Åtgärden är redan kopplad till risken."));
    if ((link.residualLikelihood == 0) != (link.residualConsequence == 0))
        throw ValidationError(QStringLiteral("residual_likelihood"),
                              tr("Ange både sannolikhet och konsekvens efter åtgärden, eller ingen av dem."));
    if (link.residualLikelihood > 0) {
        const RiskMatrix matrix = RiskMatrixRepository(m_db).current();
        if (link.residualLikelihood > matrix.likelihoodSize())
            throw ValidationError(QStringLiteral("residual_likelihood"),
                                  tr("Sannolikheten efter åtgärden ska vara mellan 1 och %1.").arg(matrix.likelihoodSize()));
        if (link.residualConsequence > matrix.consequenceSize())
            throw ValidationError(QStringLiteral("residual_consequence"),
                                  tr("Konsekvensen efter åtgärden ska vara mellan 1 och %1.").arg(matrix.consequenceSize()));
    }
}

} // namespace sakra
