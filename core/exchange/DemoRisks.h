#pragma once

namespace sakra {

class Register;

// The demo municipality's risk work: risks of the kinds the municipal papers describe (threats at
// the benefits office, lethal violence in schools, lone night work in home care), an inventory,
// a security walk whose findings became risks, premises inventories and one restricted threat
// assessment. Called by DemoMunicipality after the organisation exists.
class DemoRisks
{
public:
    static void populate(Register& reg);
};

} // namespace sakra
