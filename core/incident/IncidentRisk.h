#pragma once

#include "storage/EntityBase.h"
#include "storage/Tables.h"

namespace sakra {

// An incident and the risk it revealed or made more likely (found at a risk inventory or since).
struct IncidentRisk : EntityBase
{
    qint64 incidentId = 0;
    qint64 riskId = 0;

    static const TableSpec& spec() { return Tables::incidentRisk(); }
    static IncidentRisk fromValues(const QVariantMap& v);
    QVariantMap toValues() const;
};

} // namespace sakra
