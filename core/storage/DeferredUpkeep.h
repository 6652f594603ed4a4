#pragma once

#include <QString>
#include <utility>
#include <vector>

namespace sakra {

class Database;

// For filling a register in bulk (the generator): the triggers that keep derived rows current on
// every write, the incident tallies (incident_tally) and the full-text indexes (SearchSchema), are
// set aside, and finish() makes those rows once, set-based, from what the tables then hold (the
// grouped counts over the closure, FTS5's 'rebuild'), and puts the triggers back exactly as the
// schema has them. The result is what the triggers would have made row by row, in a fraction of
// the time: a trigger per insert writes a tally row for every unit above the incident, and FTS5
// writes out its pending words at the statement savepoint of every insert into a table whose
// trigger writes to it.
//
// Use inside the Transaction that writes the rows: the triggers are dropped and created again in
// it, so a failure or a rollback before finish() brings them back with everything else. The
// closure of the organisation (unit_closure) keeps its triggers. SQLite only: on a server the
// database's own triggers are left to work.
class DeferredUpkeep
{
public:
    explicit DeferredUpkeep(Database& db);
    DeferredUpkeep(const DeferredUpkeep&) = delete;
    DeferredUpkeep& operator=(const DeferredUpkeep&) = delete;

    // Sets aside the indexes of table (not those of its UNIQUE constraints) until finish(), for a
    // table filled with many rows and not read meanwhile: an index made once from the whole table
    // costs a fraction of the same index kept row by row, in random order (dates, sites).
    void deferIndexes(const char* table);
    // Makes the indexes set aside, the tallies and the full-text indexes, and creates the
    // triggers again. Call before the transaction commits.
    void finish();

private:
    Database& m_db;
    // Name and CREATE statement as the file stored them.
    std::vector<std::pair<QString, QString>> m_triggers;
    std::vector<std::pair<QString, QString>> m_indexes;
};

} // namespace sakra
