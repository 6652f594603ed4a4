#pragma once

#include "storage/EntityBase.h"
#include "storage/Tables.h"

namespace sakra {

// A category of risk (catalogue, editable).
struct RiskCategory : EntityBase
{
    QString name;
    int sortOrder = 0;

    static const TableSpec& spec() { return Tables::riskCategory(); }
    static RiskCategory fromValues(const QVariantMap& v);
    QVariantMap toValues() const;
};

} // namespace sakra
