#include "SchemaStep12.h"

#include "Query.h"
#include "SchemaEdit.h"

#include <QString>

namespace sakra {

namespace {

const char* const kStatements[] = {
    "CREATE TABLE unit_board (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, "
    "updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, row_version INTEGER NOT NULL DEFAULT 1, deleted_at "
    "TEXT, unit_id INTEGER NOT NULL REFERENCES org_unit(id), board_id INTEGER NOT NULL REFERENCES "
    "org_unit(id))",
    "CREATE UNIQUE INDEX unit_board_live ON unit_board(unit_id, board_id) WHERE deleted_at IS NULL",
    "CREATE INDEX unit_board_board ON unit_board(board_id) WHERE deleted_at IS NULL",
    // The title names a related post (a background-check officer); posts at the three levels have
    // none. The cost is per post and year, NULL: not costed. The paying board, NULL: the
    // administration's own.
    "ALTER TABLE planned_post ADD COLUMN title TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE planned_post ADD COLUMN yearly_cost_kr INTEGER CHECK (yearly_cost_kr IS NULL OR "
    "yearly_cost_kr >= 0)",
    "ALTER TABLE planned_post ADD COLUMN board_id INTEGER REFERENCES org_unit(id)",
    "DROP INDEX planned_post_live",
    "CREATE UNIQUE INDEX planned_post_live ON planned_post(unit_id, level, title, coalesce(board_id, 0)) "
    "WHERE deleted_at IS NULL",
    "ALTER TABLE routine ADD COLUMN elected_officials INTEGER NOT NULL DEFAULT 0 CHECK (elected_officials "
    "IN (0, 1))",
};

// Planned posts for related roles, as step 2 wrote the levels.
const std::vector<SchemaEdit::WiderCheck> kWider = {
    {"planned_post", "CHECK (level IN ('strategic','tactical','operational'))",
     "CHECK (level IN ('strategic','tactical','operational','related'))"},
};

} // namespace

void SchemaStep12::create(Database& db)
{
    for (const char* sql : kStatements)
        Query(db, QString::fromUtf8(sql)).exec();
    SchemaEdit::widenChecks(db, kWider, 12);
}

} // namespace sakra
