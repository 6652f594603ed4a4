#pragma once

#include <vector>

namespace sakra {

class Database;

// Edits of a table's definition that leave every stored row valid and the file's format as it
// was, made in place as SQLite describes for such changes ("Making Other Kinds Of Table Schema
// Changes") instead of copying every row into a new table and making its indexes and triggers
// again. Runs inside a migration step's transaction.
class SchemaEdit
{
public:
    // A CHECK constraint that allows more: the text as an earlier step wrote it, and the new one.
    struct WiderCheck
    {
        const char* table;
        const char* before;
        const char* after;
    };

    // Replaces each constraint's text in its table's definition; throws StorageError (naming the
    // step) when a definition does not hold the expected text exactly once.
    static void widenChecks(Database& db, const std::vector<WiderCheck>& checks, int step);
};

} // namespace sakra
