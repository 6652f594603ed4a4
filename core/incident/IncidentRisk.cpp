#include "IncidentRisk.h"

namespace sakra {

IncidentRisk IncidentRisk::fromValues(const QVariantMap& v)
{
    IncidentRisk l;
    l.readBase(v);
    l.incidentId = v.value(QStringLiteral("incident_id")).toLongLong();
    l.riskId = v.value(QStringLiteral("risk_id")).toLongLong();
    return l;
}

QVariantMap IncidentRisk::toValues() const
{
    return {{QStringLiteral("incident_id"), incidentId}, {QStringLiteral("risk_id"), riskId}};
}

} // namespace sakra
