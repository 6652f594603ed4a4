#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

namespace sakra {

// The stored risk matrix: one row per register holding RiskMatrix::toJson().
struct RiskMatrixSetting : StoredEntity<RiskMatrixSetting>
{
    QString config;

    static const TableSpec& spec() { return Tables::riskMatrix(); }
    static const Fields<RiskMatrixSetting>& fields();
};

} // namespace sakra
