#include "IncidentActionRepository.h"

#include "storage/Query.h"

namespace sakra {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::IncidentActionRepository", text);
}
} // namespace

std::vector<IncidentAction> IncidentActionRepository::select(const char* column, qint64 id) const
{
    const QString sql = QStringLiteral("SELECT %1 FROM incident_action WHERE %2 = ? AND deleted_at IS NULL ORDER BY id")
                            .arg(wholeRows(), QLatin1String(column));
    Query q(m_db, sql);
    q.bind(id).exec();
    return readAll(q);
}

std::vector<IncidentAction> IncidentActionRepository::ofIncident(qint64 incidentId) const
{
    return select("incident_id", incidentId);
}

std::vector<IncidentAction> IncidentActionRepository::ofAction(qint64 actionId) const
{
    return select("action_id", actionId);
}

qint64 IncidentActionRepository::linkId(qint64 incidentId, qint64 actionId) const
{
    return Query(m_db, QStringLiteral("SELECT id FROM incident_action WHERE incident_id = ? AND action_id = ? AND deleted_at IS NULL"))
        .bind(incidentId)
        .bind(actionId)
        .scalar()
        .toLongLong();
}

void IncidentActionRepository::validate(const IncidentAction& link) const
{
    if (!RecordStore(m_db, Tables::incident()).isLive(link.incidentId))
        throw ValidationError(QStringLiteral("incident_id"), tr("Välj en händelse."));
    if (!RecordStore(m_db, Tables::action()).isLive(link.actionId))
        throw ValidationError(QStringLiteral("action_id"), tr("Välj den åtgärd som händelsen ledde till."));
    const qint64 existing = linkId(link.incidentId, link.actionId);
    if (existing != 0 && existing != link.id)
        throw ValidationError(QStringLiteral("action_id"), tr("Händelsen är redan kopplad till åtgärden."));
}

} // namespace sakra
