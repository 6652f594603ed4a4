#include "IncidentRiskRepository.h"

#include "storage/Query.h"

namespace sakra {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::IncidentRiskRepository", text);
}
} // namespace

std::vector<IncidentRisk> IncidentRiskRepository::select(const char* column, qint64 id) const
{
    const QString sql = QStringLiteral("SELECT %1 FROM incident_risk WHERE %2 = ? AND deleted_at IS NULL ORDER BY id")
                            .arg(wholeRows(), QLatin1String(column));
    Query q(m_db, sql);
    q.bind(id).exec();
    return readAll(q);
}

std::vector<IncidentRisk> IncidentRiskRepository::ofIncident(qint64 incidentId) const
{
    return select("incident_id", incidentId);
}

std::vector<IncidentRisk> IncidentRiskRepository::ofRisk(qint64 riskId) const
{
    return select("risk_id", riskId);
}

qint64 IncidentRiskRepository::linkId(qint64 incidentId, qint64 riskId) const
{
    return Query(m_db, QStringLiteral("SELECT id FROM incident_risk WHERE incident_id = ? AND risk_id = ? AND deleted_at IS NULL"))
        .bind(incidentId)
        .bind(riskId)
        .scalar()
        .toLongLong();
}

void IncidentRiskRepository::validate(const IncidentRisk& link) const
{
    if (!RecordStore(m_db, Tables::incident()).isLive(link.incidentId))
        throw ValidationError(QStringLiteral("incident_id"), tr("Välj en händelse."));
    if (!RecordStore(m_db, Tables::risk()).isLive(link.riskId))
        throw ValidationError(QStringLiteral("risk_id"), tr("Välj den risk som händelsen ledde till."));
    const qint64 existing = linkId(link.incidentId, link.riskId);
    if (existing != 0 && existing != link.id)
        throw ValidationError(QStringLiteral("risk_id"), tr("Händelsen är redan kopplad till risken."));
}

} // namespace sakra
