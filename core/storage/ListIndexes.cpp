#include "ListIndexes.h"

#include "Database.h"
#include "Query.h"

namespace sakra {

namespace {

const char* const kStatements[] = {
    // Counts and pages in level order; the administration's risks by level, picked in the index.
    "DROP INDEX risk_level",
    "CREATE INDEX risk_level ON risk(level, id, deleted_at) WHERE deleted_at IS NULL",
    "DROP INDEX risk_unit",
    // Its status too, for the dashboard's open high risks.
    "CREATE INDEX risk_unit ON risk(unit_id, level, status, deleted_at) WHERE deleted_at IS NULL",
    // Actions in due order; an administration's actions, their money and the overdue ones.
    "DROP INDEX action_due",
    "CREATE INDEX action_due ON action(due_date IS NULL, due_date, id, deleted_at) WHERE deleted_at IS NULL",
    "DROP INDEX action_unit",
    "CREATE INDEX action_unit ON action(unit_id, status, deleted_at) WHERE deleted_at IS NULL",
    "DROP INDEX action_money",
    "CREATE INDEX action_money ON action(unit_id, due_date, start_date, status, fits_budget, "
    "estimated_cost_kr, "
    "actual_cost_kr, deleted_at) WHERE deleted_at IS NULL",
    "DROP INDEX action_open_due",
    "CREATE INDEX action_open_due ON action((status IN ('planned','in_progress')), (due_date IS NULL), "
    "due_date, id, deleted_at) WHERE deleted_at IS NULL",
    // Incidents newest first, and a unit's (the statistics' index serves the lists too).
    "DROP INDEX incident_date",
    "CREATE INDEX incident_date ON incident(occurred_on, id, deleted_at) WHERE deleted_at IS NULL",
    "DROP INDEX incident_unit",
    "DROP INDEX incident_unit_kind",
    "CREATE INDEX incident_unit_kind ON incident(unit_id, occurred_on, kind, deleted_at) WHERE deleted_at IS "
    "NULL",
    // Training newest first, and the latest session of each kind at a unit.
    "DROP INDEX training_held",
    "CREATE INDEX training_held ON training(held_on, id, deleted_at) WHERE deleted_at IS NULL",
    "DROP INDEX training_unit",
    // Its next due date too, for the overdue sessions of the dashboard and the self-assessment.
    "CREATE INDEX training_unit ON training(unit_id, kind, held_on, next_due, deleted_at) WHERE deleted_at "
    "IS "
    "NULL",
    // People by name, in the whole register and in a part of it.
    "DROP INDEX person_name",
    "CREATE INDEX person_name ON person(name COLLATE NOCASE, id, deleted_at) WHERE deleted_at IS NULL",
    "DROP INDEX person_unit",
    "CREATE INDEX person_unit ON person(unit_id, name COLLATE NOCASE, deleted_at) WHERE deleted_at IS NULL",
};

} // namespace

void ListIndexes::create(Database& db)
{
    for (const char* sql : kStatements)
        Query(db, QString::fromUtf8(sql)).exec();
    // Statistics of the new indexes, counted whole (Database::refreshPlannerStatistics), in a
    // register that has rows: statistics of empty tables would lead the planner astray while a
    // new register is filled (the triggers' look-ups of tallies and closure by full scans).
    if (Query(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM org_unit)")).scalar().toBool())
        db.refreshPlannerStatistics(Database::Statistics::Whole);
}

} // namespace sakra
