#pragma once

namespace sakra {

class Register;

// The demo municipality's incidents of this year and last: threats at the social services'
// reception, violence in group housing, harassment of elected officials in social media, an
// attempt at undue influence on a building permit with a suspected link to organised crime, one
// serious incident reported to the Work Environment Authority. Dates are spread over the period
// from the first of January last year to today, so the demo never grows old. Called by
// DemoMunicipality after the risks and actions exist.
class DemoIncidents
{
public:
    static void populate(Register& reg);
};

} // namespace sakra
