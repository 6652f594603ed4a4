#pragma once

namespace sakra {

class Register;

// Fills an empty register with the demo municipality: fictional, but built on the municipal
// papers the product starts from (boards, administrations, coordinator counts and budget split of
// the Linköping decision; departments and sites in the spirit of the Uppsala measures report).
class DemoMunicipality
{
public:
    static void populate(Register& reg);
};

} // namespace sakra
