#include "SchemaStep10.h"

#include "Errors.h"
#include "Query.h"

#include <QString>

namespace sakra {

namespace {

const char* const kColumns[] = {
    "ALTER TABLE risk_inventory ADD COLUMN threat_level TEXT NOT NULL DEFAULT '' CHECK (threat_level IN "
    "('','low','moderate','high'))",
    // Rows made before step 10 keep what they said: their cost was an estimate (0 kr included).
    "ALTER TABLE action ADD COLUMN cost_estimated INTEGER NOT NULL DEFAULT 1 CHECK (cost_estimated IN (0, "
    "1))",
    "ALTER TABLE alarm_equipment ADD COLUMN last_test_unknown INTEGER NOT NULL DEFAULT 0 CHECK "
    "(last_test_unknown IN (0, 1))",
    "ALTER TABLE premises_inventory ADD COLUMN locks TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE premises_inventory ADD COLUMN perimeter TEXT NOT NULL DEFAULT ''",
};

// A CHECK constraint that allows one more code: the old list and the new one, as step 1 and
// step 5 wrote them.
struct WiderCheck
{
    const char* table;
    const char* before;
    const char* after;
};

const WiderCheck kWider[] = {
    {"action", "CHECK (status IN ('planned','in_progress','done','postponed','cancelled'))",
     "CHECK (status IN ('planned','in_progress','done','postponed','cancelled','ongoing'))"},
    {"routine", "CHECK (known_by_staff IN ('yes','partly','no'))",
     "CHECK (known_by_staff IN ('yes','partly','no','unknown'))"},
    {"routine",
     "CHECK (kind IN "
     "('security','threats_violence','alarm','home_visit','support','outside_work','crisis_plan',"
     "'preparedness_plan','checklist','action_plan'))",
     "CHECK (kind IN "
     "('security','threats_violence','alarm','home_visit','support','outside_work','crisis_plan',"
     "'preparedness_plan','checklist','action_plan','double_staffing'))"},
};

// Widening a CHECK constraint leaves every stored row valid and the file's format as it was, so
// the table's definition is edited in place, as SQLite describes for such changes ("Making Other
// Kinds Of Table Schema Changes"), instead of copying every row into a new table and making its
// indexes and triggers again. Runs inside the migration's transaction.
void widenChecks(Database& db)
{
    const int version = Query(db, QStringLiteral("PRAGMA schema_version")).scalar().toInt();
    Query(db, QStringLiteral("PRAGMA writable_schema = ON")).exec();
    for (const WiderCheck& w : kWider) {
        Query edit(db,
                   QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE type = 'table' "
                                  "AND name = ? AND instr(sql, ?) > 0"));
        edit.bind(QString::fromUtf8(w.before))
            .bind(QString::fromUtf8(w.after))
            .bind(QString::fromUtf8(w.table))
            .bind(QString::fromUtf8(w.before));
        edit.exec();
        if (edit.rowsAffected() != 1) {
            Query(db, QStringLiteral("PRAGMA writable_schema = OFF")).exec();
            throw StorageError(QStringLiteral("Schema step 10: the constraint of %1 is not the one expected")
                                   .arg(QString::fromUtf8(w.table)));
        }
    }
    // The new number makes every connection read the edited definitions again.
    Query(db, QStringLiteral("PRAGMA schema_version = %1").arg(version + 1)).exec();
    Query(db, QStringLiteral("PRAGMA writable_schema = OFF")).exec();
    // Read the edited definitions back now, inside the step, so the connection's next statement
    // finds the schema loaded.
    Query(db, QStringLiteral("SELECT count(*) FROM sqlite_master")).scalar();
}

} // namespace

void SchemaStep10::create(Database& db)
{
    for (const char* sql : kColumns)
        Query(db, QString::fromUtf8(sql)).exec();
    widenChecks(db);
}

} // namespace sakra
