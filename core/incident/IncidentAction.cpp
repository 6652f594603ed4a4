#include "IncidentAction.h"

namespace sakra {

IncidentAction IncidentAction::fromValues(const QVariantMap& v)
{
    IncidentAction l;
    l.readBase(v);
    l.incidentId = v.value(QStringLiteral("incident_id")).toLongLong();
    l.actionId = v.value(QStringLiteral("action_id")).toLongLong();
    return l;
}

QVariantMap IncidentAction::toValues() const
{
    return {{QStringLiteral("incident_id"), incidentId}, {QStringLiteral("action_id"), actionId}};
}

} // namespace sakra
