#include "DemoMunicipality.h"

#include "Register.h"

namespace sakra {

void DemoMunicipality::populate(Register& reg)
{
    Q_UNUSED(reg)
}

} // namespace sakra
