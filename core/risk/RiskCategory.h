#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

namespace sakra {

// A category of risk (catalogue, editable).
struct RiskCategory : StoredEntity<RiskCategory>
{
    QString name;
    int sortOrder = 0;

    static const TableSpec& spec() { return Tables::riskCategory(); }
    static const Fields<RiskCategory>& fields();
};

} // namespace sakra
