#pragma once

#include "storage/EntityBase.h"
#include "storage/Tables.h"

namespace sakra {

// An incident and the action it led to.
struct IncidentAction : EntityBase
{
    qint64 incidentId = 0;
    qint64 actionId = 0;

    static const TableSpec& spec() { return Tables::incidentAction(); }
    static IncidentAction fromValues(const QVariantMap& v);
    QVariantMap toValues() const;
};

} // namespace sakra
