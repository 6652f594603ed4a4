#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

namespace sakra {

// A category of risk (catalogue, editable).
struct RiskCategory : StoredEntity<RiskCategory, Tables::riskCategory>
{
    QString name;
    int sortOrder = 0;

    static const Fields<RiskCategory>& fields();
};

} // namespace sakra
