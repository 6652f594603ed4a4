#pragma once

namespace sakra {

class Register;

// The demo municipality's action plan, after the measures report of the Uppsala labour-market
// administration (seed 000): camera permits, guard rounds, new alarm and access systems, locks on
// group-room doors, training in lethal violence, lockdown drills and a postponed crisis app.
// Called by DemoMunicipality after the risks exist.
class DemoActions
{
public:
    static void populate(Register& reg);
};

} // namespace sakra
