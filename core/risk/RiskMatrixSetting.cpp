#include "RiskMatrixSetting.h"

namespace sakra {

RiskMatrixSetting RiskMatrixSetting::fromValues(const QVariantMap& v)
{
    RiskMatrixSetting s;
    s.readBase(v);
    s.config = v.value(QStringLiteral("config")).toString();
    return s;
}

} // namespace sakra
