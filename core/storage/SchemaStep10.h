#pragma once

namespace sakra {

class Database;

// Schema step 10: what the municipal papers say that the register could not hold before.
// Proportionality (a risk inventory's assessed level of risk for threats and violence), costs not
// estimated and standing practice (an action's status "ongoing"), honest unknowns (a routine whose
// standing among staff is not known, an alarm whose last test is not known, double staffing as a
// kind of routine, locks and perimeter protection in a premises inventory).
class SchemaStep10
{
public:
    static void create(Database& db);
};

} // namespace sakra
