#include "Register.h"
#include "TestRegister.h"
#include "storage/Database.h"
#include "storage/Errors.h"
#include "storage/Query.h"
#include "storage/Schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sakra;

namespace {

void insert(Database& db, const QString& sql)
{
    Query(db, sql).exec();
}

bool accepted(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql);
}

} // namespace

TEST_CASE("schema step 10 widens the code lists and adds columns, keeping the rows", "[storage][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nine.sakra"));
    {
        Database db;
        db.createAtVersion(path, 9);
        insert(db,
               QStringLiteral("INSERT INTO org_unit (uuid, created_at, updated_at, updated_by, kind, name) "
                              "VALUES ('8a7a1f3e-0000-4000-8000-000000000001', 'x', 'x', 'x', "
                              "'municipality', 'Gamla kommun')"));
        insert(db,
               QStringLiteral("INSERT INTO action (uuid, created_at, updated_at, updated_by, title, kind_id, "
                              "unit_id, status, status_changed_on, estimated_cost_kr) VALUES "
                              "('8a7a1f3e-0000-4000-8000-000000000002', 'x', 'x', 'x', 'Lås', "
                              "(SELECT min(id) FROM action_kind), 1, 'planned', '2024-01-01', 0)"));
        insert(db,
               QStringLiteral("INSERT INTO routine (uuid, created_at, updated_at, updated_by, title, kind, "
                              "known_by_staff) VALUES ('8a7a1f3e-0000-4000-8000-000000000003', 'x', 'x', "
                              "'x', 'Hot och våld', 'threats_violence', 'partly')"));
        // Step 9 refuses what step 10 allows.
        CHECK_FALSE(accepted(db, QStringLiteral("UPDATE action SET status = 'ongoing'")));
        CHECK_FALSE(accepted(db, QStringLiteral("UPDATE routine SET known_by_staff = 'unknown'")));
    }
    auto reg = Register::open(path);
    Database& db = reg->database();
    CHECK(db.schemaVersion() == Schema::currentVersion());
    // The connection's first statement after the edited definitions finds every table.
    CHECK(accepted(db,
                   QStringLiteral("INSERT INTO site (uuid, created_at, updated_at, updated_by, name) VALUES "
                                  "('8a7a1f3e-0000-4000-8000-000000000004', 'x', 'x', 'x', 'Stadshuset')")));

    // The rows as they were; a cost from before step 10 was an estimate.
    const Action a = reg->actions().list({}).front().action;
    CHECK(a.title == QStringLiteral("Lås"));
    CHECK(a.status == Action::Status::Planned);
    CHECK(a.costEstimated);
    CHECK(reg->routines().list({}).front().routine.knownByStaff == Routine::Known::Partly);

    // The new codes are taken, made-up ones still refused.
    CHECK(accepted(db, QStringLiteral("UPDATE action SET status = 'ongoing'")));
    CHECK_FALSE(accepted(db, QStringLiteral("UPDATE action SET status = 'forever'")));
    CHECK(accepted(
        db, QStringLiteral("UPDATE routine SET known_by_staff = 'unknown', kind = 'double_staffing'")));
    CHECK_FALSE(accepted(db, QStringLiteral("UPDATE routine SET known_by_staff = 'maybe'")));
    CHECK_FALSE(accepted(db, QStringLiteral("UPDATE routine SET kind = 'triple_staffing'")));
    CHECK_FALSE(accepted(db, QStringLiteral("UPDATE action SET cost_estimated = 2")));
    const QString alarm =
        QStringLiteral("INSERT INTO alarm_equipment (uuid, created_at, updated_at, updated_by, "
                       "kind, unit_id, last_test_unknown) VALUES ('%1', 'x', 'x', 'x', "
                       "'panic', 1, %2)");
    CHECK_FALSE(accepted(db, alarm.arg(QStringLiteral("8a7a1f3e-0000-4000-8000-000000000006")).arg(5)));
    CHECK(accepted(db, alarm.arg(QStringLiteral("8a7a1f3e-0000-4000-8000-000000000007")).arg(1)));
    CHECK(accepted(
        db, QStringLiteral("INSERT INTO risk_inventory (uuid, created_at, updated_at, updated_by, unit_id, "
                           "held_on, threat_level) VALUES ('8a7a1f3e-0000-4000-8000-000000000005', 'x', "
                           "'x', 'x', 1, '2024-03-01', 'low')")));
    CHECK_FALSE(accepted(db, QStringLiteral("UPDATE risk_inventory SET threat_level = 'severe'")));
    CHECK(Query(db, QStringLiteral("PRAGMA integrity_check")).scalar().toString() == QStringLiteral("ok"));
}

TEST_CASE("a fresh register holds step 10's definitions", "[storage][migration]")
{
    TestRegister reg;
    const QString action = Query(reg->database(), QStringLiteral("SELECT sql FROM sqlite_master WHERE type = "
                                                                 "'table' AND name = 'action'"))
                               .scalar()
                               .toString();
    CHECK(action.contains(QStringLiteral("'cancelled','ongoing'")));
    CHECK(action.contains(QStringLiteral("cost_estimated")));
}
