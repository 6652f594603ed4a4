#include "Register.h"
#include "TestRegister.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Schema.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sakra;

namespace {

bool accepted(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql);
}

} // namespace

TEST_CASE("schema step 12 adds further boards, costed and related posts, keeping the rows",
          "[storage][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("eleven.sakra"));
    {
        Database db;
        db.createAtVersion(path, 11);
        const char* const rows[] = {
            "INSERT INTO org_unit (uuid, created_at, updated_at, updated_by, kind, name) VALUES "
            "('8a7a1f3e-0000-4000-8000-000000000001', 'x', 'x', 'x', 'municipality', 'Gamla kommun')",
            "INSERT INTO org_unit (uuid, created_at, updated_at, updated_by, kind, name, parent_id) VALUES "
            "('8a7a1f3e-0000-4000-8000-000000000002', 'x', 'x', 'x', 'board', 'Nämnden', 1)",
            "INSERT INTO org_unit (uuid, created_at, updated_at, updated_by, kind, name, parent_id, "
            "board_id) "
            "VALUES ('8a7a1f3e-0000-4000-8000-000000000003', 'x', 'x', 'x', 'administration', "
            "'Förvaltningen', "
            "2, 2)",
            "INSERT INTO planned_post (uuid, created_at, updated_at, updated_by, unit_id, level, posts) "
            "VALUES "
            "('8a7a1f3e-0000-4000-8000-000000000004', 'x', 'x', 'x', 3, 'tactical', 2)",
            "INSERT INTO routine (uuid, created_at, updated_at, updated_by, title, kind, known_by_staff) "
            "VALUES "
            "('8a7a1f3e-0000-4000-8000-000000000005', 'x', 'x', 'x', 'Hot och våld', 'threats_violence', "
            "'yes')",
        };
        for (const char* sql : rows)
            REQUIRE(accepted(db, QString::fromUtf8(sql)));
        // Step 11 refuses what step 12 allows.
        CHECK_FALSE(accepted(db, QStringLiteral("UPDATE planned_post SET level = 'related'")));
    }
    auto reg = Register::open(path);
    Database& db = reg->database();
    CHECK(db.schemaVersion() == Schema::currentVersion());

    // The rows as they were: a post at a level, not costed, paid by its administration's board.
    const PlannedPost post = reg->plannedPosts().all().front();
    CHECK(post.posts == 2);
    CHECK(post.title.isEmpty());
    CHECK_FALSE(post.isCosted());
    CHECK(post.boardId == 0);
    CHECK_FALSE(reg->routines().list({}).front().routine.electedOfficials);

    // The new values are taken, wrong ones still refused.
    CHECK(accepted(db,
                   QStringLiteral("INSERT INTO planned_post (uuid, created_at, updated_at, updated_by, "
                                  "unit_id, level, posts, title, yearly_cost_kr, board_id) VALUES "
                                  "('8a7a1f3e-0000-4000-8000-000000000006', 'x', 'x', 'x', 3, 'related', 1, "
                                  "'Registrator', 600000, 2)")));
    CHECK_FALSE(accepted(db, QStringLiteral("UPDATE planned_post SET level = 'advisory'")));
    CHECK_FALSE(accepted(db, QStringLiteral("UPDATE planned_post SET yearly_cost_kr = -5")));
    CHECK_FALSE(accepted(db, QStringLiteral("UPDATE routine SET elected_officials = 2")));
    CHECK(accepted(db, QStringLiteral("UPDATE routine SET elected_officials = 1")));
    // One live row per administration, level, title and paying board.
    CHECK(accepted(
        db, QStringLiteral("INSERT INTO planned_post (uuid, created_at, updated_at, updated_by, "
                           "unit_id, level, posts, board_id) VALUES "
                           "('8a7a1f3e-0000-4000-8000-000000000007', 'x', 'x', 'x', 3, 'tactical', 1, 2)")));
    CHECK_FALSE(accepted(
        db, QStringLiteral("INSERT INTO planned_post (uuid, created_at, updated_at, updated_by, "
                           "unit_id, level, posts) VALUES "
                           "('8a7a1f3e-0000-4000-8000-000000000008', 'x', 'x', 'x', 3, 'tactical', 1)")));
    CHECK(accepted(
        db, QStringLiteral("INSERT INTO unit_board (uuid, created_at, updated_at, updated_by, unit_id, "
                           "board_id) VALUES ('8a7a1f3e-0000-4000-8000-000000000009', 'x', 'x', 'x', 3, "
                           "2)")));
    CHECK_FALSE(
        accepted(db, QStringLiteral("INSERT INTO unit_board (uuid, created_at, updated_at, updated_by, "
                                    "unit_id, board_id) VALUES ('8a7a1f3e-0000-4000-8000-00000000000a', "
                                    "'x', 'x', 'x', 3, 2)")));
    CHECK(Query(db, QStringLiteral("PRAGMA integrity_check")).scalar().toString() == QStringLiteral("ok"));
    CHECK(Query(db, QStringLiteral("PRAGMA foreign_key_check")).scalar().isNull());
}
