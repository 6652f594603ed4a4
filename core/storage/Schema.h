#pragma once

namespace sakra {

class Database;

// The register's schema as a list of steps. Step N takes a register from user_version N-1 to N;
// each step runs in its own transaction and sets user_version as its last statement, so a failed
// step leaves the file at the previous version.
class Schema
{
public:
    static int currentVersion();
    // Applies the steps after the file's version up to target (default: the newest).
    static void migrate(Database& db, int target = -1);
    // Counts every incident tally from the live incidents into an empty incident_tally, as step 5
    // filled it (DeferredUpkeep builds the tallies with it after a bulk load).
    static const char* incidentTallyFill();
};

} // namespace sakra
