#pragma once

#include "storage/EntityBase.h"
#include "storage/Tables.h"

namespace sakra {

// The stored risk matrix: one row per register holding RiskMatrix::toJson().
struct RiskMatrixSetting : EntityBase
{
    QString config;

    static const TableSpec& spec() { return Tables::riskMatrix(); }
    static RiskMatrixSetting fromValues(const QVariantMap& v);
    QVariantMap toValues() const { return {{QStringLiteral("config"), config}}; }
};

} // namespace sakra
