#pragma once

#include <QString>
#include <vector>

namespace sakra {

class Database;

// The full-text index of schema step 9: one SQLite FTS5 table per searched entity table
// ("risk" is searched through "risk_search"), holding the words of the columns the area's list
// searches. Triggers on the entity tables keep every index current on every write path
// (repositories, BulkWriter's imports, merges, undo), so no caller has to; the generator sets
// them aside and rebuilds every index once at the end (DeferredUpkeep). Removed
// rows (tombstones) stay indexed; readers keep to live rows, so a removal or a restore shows at
// once. Letters are folded to lower case and keep their marks, so å, ä and ö stay letters of
// their own; prefix indexes of two and three letters serve searching as people type.
class SearchSchema
{
public:
    struct Table
    {
        const char* table;
        std::vector<const char*> columns;
    };

    // The tables step 9 indexes, with their indexed columns. Step 9 is released with this list:
    // a later change of it belongs to a step of its own.
    static const std::vector<Table>& step9Tables();
    // The index table of an entity table ("risk" -> "risk_search").
    static QString indexOf(const char* table);
    // Creates the index tables and their triggers and fills them from the rows the register has.
    static void createStep9(Database& db);
    // Builds every index anew from its entity table (FTS5 'rebuild'), as createStep9 fills them.
    static void rebuild(Database& db);
};

} // namespace sakra
