#include "SchemaStep13.h"

#include "Query.h"
#include "SchemaEdit.h"

#include <QString>

namespace sakra {

namespace {

#define SAKRA_DATE_GLOB "[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]"
#define SAKRA_CLEARED_ON "cleared_on TEXT CHECK (cleared_on IS NULL OR cleared_on GLOB '" SAKRA_DATE_GLOB "')"

const char* const kStatements[] = {
    // The meta columns every entity table carries, as step 1 spelled them (Schema.cpp). months 0
    // keeps the kind's records for ever; a kind without a rule is never cleared either.
    "CREATE TABLE retention_rule (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, created_at TEXT NOT "
    "NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, row_version INTEGER NOT NULL DEFAULT 1, "
    "deleted_at TEXT, "
    "kind TEXT NOT NULL CHECK (kind IN ('incident','threat_assessment','person_left')), "
    "months INTEGER NOT NULL CHECK (months BETWEEN 0 AND 1200))",
    "CREATE UNIQUE INDEX retention_rule_kind ON retention_rule(kind) WHERE deleted_at IS NULL",
    "ALTER TABLE incident ADD COLUMN " SAKRA_CLEARED_ON,
    "ALTER TABLE threat_assessment ADD COLUMN " SAKRA_CLEARED_ON,
    "ALTER TABLE person ADD COLUMN " SAKRA_CLEARED_ON,
};

// The history's action list as step 7 wrote it, and with 'retention'.
const std::vector<SchemaEdit::WiderCheck> kWider = {
    {"change_log", "CHECK (action IN ('create','update','delete','restore','merge'))",
     "CHECK (action IN ('create','update','delete','restore','merge','retention'))"},
};

} // namespace

void SchemaStep13::create(Database& db)
{
    for (const char* sql : kStatements)
        Query(db, QString::fromUtf8(sql)).exec();
    SchemaEdit::widenChecks(db, kWider, 13);
}

} // namespace sakra
