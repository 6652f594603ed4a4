#include "SchemaStep13.h"

#include "Errors.h"
#include "Query.h"

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

// The history's action list as step 7 wrote it, and with 'retention'. Widening a CHECK constraint
// leaves every stored row valid, so the definition is edited in place, as step 10 does
// (SchemaStep10.cpp) and as SQLite describes ("Making Other Kinds Of Table Schema Changes").
const char* const kActionsBefore = "CHECK (action IN ('create','update','delete','restore','merge'))";
const char* const kActionsAfter =
    "CHECK (action IN ('create','update','delete','restore','merge','retention'))";

void widenHistoryActions(Database& db)
{
    const int version = Query(db, QStringLiteral("PRAGMA schema_version")).scalar().toInt();
    Query(db, QStringLiteral("PRAGMA writable_schema = ON")).exec();
    Query edit(db,
               QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE type = 'table' AND "
                              "name = 'change_log' AND instr(sql, ?) > 0"));
    edit.bind(QString::fromLatin1(kActionsBefore))
        .bind(QString::fromLatin1(kActionsAfter))
        .bind(QString::fromLatin1(kActionsBefore));
    edit.exec();
    const int edited = edit.rowsAffected();
    if (edited == 1)
        Query(db, QStringLiteral("PRAGMA schema_version = %1").arg(version + 1)).exec();
    Query(db, QStringLiteral("PRAGMA writable_schema = OFF")).exec();
    if (edited != 1)
        throw StorageError(
            QStringLiteral("Schema step 13: the history's list of actions is not the one expected"));
    // Read the edited definition back now, so the connection's next statement finds it loaded.
    Query(db, QStringLiteral("SELECT count(*) FROM sqlite_master")).scalar();
}

} // namespace

void SchemaStep13::create(Database& db)
{
    for (const char* sql : kStatements)
        Query(db, QString::fromUtf8(sql)).exec();
    widenHistoryActions(db);
}

} // namespace sakra
