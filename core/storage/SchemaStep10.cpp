#include "SchemaStep10.h"

#include "Query.h"
#include "SchemaEdit.h"

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

// CHECK constraints that allow one more code: the old list and the new one, as step 1 and step 5
// wrote them.
const std::vector<SchemaEdit::WiderCheck> kWider = {
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

} // namespace

void SchemaStep10::create(Database& db)
{
    for (const char* sql : kColumns)
        Query(db, QString::fromUtf8(sql)).exec();
    SchemaEdit::widenChecks(db, kWider, 10);
}

} // namespace sakra
