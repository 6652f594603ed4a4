#include "RiskMatrixSetting.h"

namespace sakra {

const Fields<RiskMatrixSetting>& RiskMatrixSetting::fields()
{
    using R = RiskMatrixSetting;
    static const Fields<R> kFields({bind::text("config", &R::config)});
    return kFields;
}

} // namespace sakra
