// Row-level security proven with plain SQL as real login roles: what the database itself refuses,
// whatever program a user connects with.
#include "ServerFixture.h"
#include "server/ServerAdmin.h"
#include "server/ServerSchema.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <catch2/catch.hpp>

using namespace sakra;

namespace {

QString byUuid(const QString& uuid)
{
    return QStringLiteral("SELECT count(*) FROM incident WHERE uuid = '%1'").arg(uuid);
}

const QString kPermissionDenied = QStringLiteral("42501");

} // namespace

TEST_CASE("A manager sees the incidents of their own units and no other, by uuid or in a count",
          "[server][rls]")
{
    ServerFixture f;
    CHECK(f.scalarAs(f.anna, byUuid(f.uuidA)).toInt() == 1);
    CHECK(f.scalarAs(f.anna, byUuid(f.uuidB)).toInt() == 0);
    CHECK(f.scalarAs(f.anna, QStringLiteral("SELECT count(*) FROM incident")).toInt() == 1);
    CHECK(f.scalarAs(f.bertil, QStringLiteral("SELECT count(*) FROM incident")).toInt() == 1);
    CHECK(f.scalarAs(f.bertil, byUuid(f.uuidB)).toInt() == 1);
    // Nor through the history or the tallies.
    CHECK(f.scalarAs(f.anna,
                     QStringLiteral("SELECT count(*) FROM change_log WHERE entity_uuid = '%1'").arg(f.uuidB))
              .toInt() == 0);
    CHECK(f.scalarAs(f.anna,
                     QStringLiteral("SELECT count(*) FROM change_log WHERE entity_uuid = '%1'").arg(f.uuidA))
              .toInt() > 0);
    CHECK(f.scalarAs(f.anna,
                     QStringLiteral("SELECT coalesce(sum(n), 0) FROM incident_tally WHERE scope_id = %1")
                         .arg(f.unitB))
              .toInt() == 0);
    // The organisation itself is no secret.
    CHECK(f.scalarAs(f.anna, QStringLiteral("SELECT count(*) FROM org_unit")).toInt() == 7);
}

TEST_CASE("A manager cannot change, move, add to or delete another unit's rows", "[server][rls]")
{
    ServerFixture f;
    // Updating B's incident changes nothing: the row is not there for anna.
    CHECK(f.changedAs(
              f.anna,
              QStringLiteral("UPDATE incident SET description = 'x' WHERE uuid = '%1'").arg(f.uuidB)) == 0);
    CHECK(f.admin->incidents().find(f.incidentB)->description == QStringLiteral("Hot mot handläggare i B"));
    // Her own row she may change, but not move into B.
    CHECK(f.changedAs(f.anna, QStringLiteral("UPDATE incident SET description = 'ändrad' WHERE id = %1")
                                  .arg(f.incidentA)) == 1);
    CHECK(
        f.failureAs(
            f.anna,
            QStringLiteral("UPDATE incident SET unit_id = %1 WHERE id = %2").arg(f.unitB).arg(f.incidentA)) ==
        kPermissionDenied);
    CHECK(f.admin->incidents().find(f.incidentA)->unitId == f.unitA);
    // Nor add a row to B.
    const QString insert =
        QStringLiteral("INSERT INTO incident (uuid, created_at, updated_at, updated_by, occurred_on, "
                       "unit_id, target, kind, channel, "
                       "severity, perpetrator, follow_up) VALUES (gen_random_uuid()::text, 'x', 'x', 'x', "
                       "'2026-03-11', %1, 'employee', "
                       "'threat', 'phone', 2, 'client', 'new')");
    CHECK(f.failureAs(f.anna, insert.arg(f.unitB)) == kPermissionDenied);
    CHECK(f.failureAs(f.anna, insert.arg(f.unitA2)).isEmpty()); // below her own unit: allowed
    // Nobody deletes: removal is a tombstone.
    CHECK(f.failureAs(f.anna, QStringLiteral("DELETE FROM incident WHERE id = %1").arg(f.incidentA)) ==
          kPermissionDenied);
    CHECK(f.failureAs(f.hedda, QStringLiteral("DELETE FROM incident WHERE id = %1").arg(f.incidentB)) ==
          kPermissionDenied);
    CHECK(f.admin->incidents().find(f.incidentA).has_value());
}

TEST_CASE("Nobody but the database writes the history, and row security cannot be turned off",
          "[server][rls]")
{
    ServerFixture f;
    for (const QString& who : {f.anna, f.hedda}) {
        CHECK(f.failureAs(who, QStringLiteral("UPDATE change_log SET actor = 'someone else'")) ==
              kPermissionDenied);
        CHECK(f.failureAs(who, QStringLiteral("DELETE FROM change_log")) == kPermissionDenied);
        CHECK(f.failureAs(who, QStringLiteral(
                                   "INSERT INTO change_log (at, actor, entity, entity_uuid, action) VALUES "
                                   "('x', 'x', 'incident', 'x', 'create')")) == kPermissionDenied);
        CHECK(f.failureAs(who,
                          QStringLiteral("SELECT sakra_log('incident', 'x', 'create', '', NULL, NULL, NULL, "
                                         "false)")) == kPermissionDenied);
        CHECK(f.failureAs(who, QStringLiteral("ALTER TABLE incident DISABLE ROW LEVEL SECURITY")) ==
              kPermissionDenied);
        CHECK(f.failureAs(who, QStringLiteral("UPDATE access_grant SET role = 'head'")) == kPermissionDenied);
    }
    // With row security off, a query it would filter is an error, not a way round it.
    CHECK(f.failureAs(f.anna, QStringLiteral("SET row_security = off")).isEmpty());
    CHECK(f.failureAs(f.anna, QStringLiteral("SELECT count(*) FROM incident")) == kPermissionDenied);
}

TEST_CASE("A coordinator sees the administration of the unit granted, a head sees everything",
          "[server][rls]")
{
    ServerFixture f;
    CHECK(f.scalarAs(f.xavier, byUuid(f.uuidA)).toInt() == 1);
    CHECK(f.scalarAs(f.xavier, byUuid(f.uuidB)).toInt() == 0);
    // A's units: A and A2 (and the administration itself).
    const qint64 inA2 = f.createIncident(*f.admin, f.unitA2, QStringLiteral("Hot i A2"));
    CHECK(f.scalarAs(f.xavier, QStringLiteral("SELECT count(*) FROM incident WHERE id = %1").arg(inA2))
              .toInt() == 1);
    CHECK(
        f.scalarAs(f.anna, QStringLiteral("SELECT count(*) FROM incident WHERE id = %1").arg(inA2)).toInt() ==
        1);
    CHECK(f.scalarAs(f.bertil, QStringLiteral("SELECT count(*) FROM incident WHERE id = %1").arg(inA2))
              .toInt() == 0);
    CHECK(f.scalarAs(f.hedda, QStringLiteral("SELECT count(*) FROM incident")).toInt() == 3);
    CHECK(f.changedAs(f.hedda, QStringLiteral("UPDATE incident SET description = 'sett' WHERE id = %1")
                                   .arg(f.incidentB)) == 1);
}

TEST_CASE("A revoked grant ends at the next query", "[server][rls]")
{
    ServerFixture f;
    CHECK(f.scalarAs(f.anna, QStringLiteral("SELECT count(*) FROM incident")).toInt() == 1);
    CHECK(ServerAdmin::revoke(f.admin->database(), f.anna) == 1);
    // The same connection, still open: it sees nothing of the units any more.
    QSqlQuery q(f.as(f.anna));
    const bool ran = q.exec(QStringLiteral("SELECT count(*) FROM incident"));
    // Either refused outright (no longer a user of the register) or nothing to see.
    CHECK((!ran || (q.next() && q.value(0).toInt() == 0)));
    CHECK(ServerAdmin::revoke(f.admin->database(), f.anna) == 0);
}

TEST_CASE("The head's role comes with a head grant and goes with it, and a revoked head sees nothing",
          "[server][rls]")
{
    ServerFixture f;
    const ServerSchema::Roles roles = ServerSchema::roles(f.admin->database());
    const auto holds = [&](const QString& login, const QString& role) {
        return Query(f.admin->database(), QStringLiteral("SELECT pg_has_role(?, ?, 'MEMBER')"))
            .bind(login)
            .bind(role)
            .scalar()
            .toBool();
    };
    CHECK(holds(f.hedda, roles.head));
    CHECK_FALSE(holds(f.anna, roles.head));
    CHECK(f.scalarAs(f.hedda, QStringLiteral("SELECT count(*) FROM incident")).toInt() == 2);
    // A head who becomes a manager of A instead keeps A and loses the rest.
    ServerAdmin::revoke(f.admin->database(), f.hedda);
    CHECK_FALSE(holds(f.hedda, roles.head));
    CHECK_FALSE(holds(f.hedda, roles.user));
    ServerAdmin::grant(f.admin->database(),
                       {f.hedda, f.unitA, ServerAdmin::Role::Manager, false, f.password});
    CHECK(holds(f.hedda, roles.user));
    CHECK_FALSE(holds(f.hedda, roles.head));
    QSqlQuery q(f.as(f.hedda));
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM incident")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    CHECK(f.scalarAs(f.hedda, byUuid(f.uuidB)).toInt() == 0);
}

TEST_CASE("After a manager's insert the head's tallies are right", "[server][rls]")
{
    ServerFixture f;
    const QString tally =
        QStringLiteral("SELECT coalesce(sum(n), 0) FROM incident_tally WHERE scope_id = %1");
    CHECK(f.scalarAs(f.hedda, tally.arg(f.root)).toInt() == 2);
    CHECK(f.scalarAs(f.hedda, tally.arg(f.admin1)).toInt() == 1);
    {
        auto anna = Register::openServer(f.server.urlAs(f.anna, f.password));
        f.createIncident(*anna, f.unitA2, QStringLiteral("Hot i A2"));
        // And the history names her, as the server knows her.
        CHECK(f.scalarAs(f.hedda, QStringLiteral("SELECT actor FROM change_log ORDER BY id DESC LIMIT 1"))
                  .toString() == f.anna);
    }
    CHECK(f.scalarAs(f.hedda, tally.arg(f.root)).toInt() == 3);
    CHECK(f.scalarAs(f.hedda, tally.arg(f.admin1)).toInt() == 2);
    CHECK(f.scalarAs(f.hedda, tally.arg(f.unitA)).toInt() == 2);
    CHECK(f.scalarAs(f.hedda, tally.arg(f.admin2)).toInt() == 1);
    CHECK(f.scalarAs(f.bertil, tally.arg(f.root)).toInt() == 0); // bertil does not hold the top
}

TEST_CASE("Every table has row security on and no login owns a table or bypasses it", "[server][rls]")
{
    ServerFixture f;
    const QString owner = f.scalarAs(f.hedda, QStringLiteral("SELECT value FROM server_info WHERE key = "
                                                             "'role_prefix'"))
                              .toString() +
                          QStringLiteral("_owner");
    CHECK(f.scalarAs(f.hedda, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
              .toInt() > 40);
    CHECK(f.scalarAs(f.hedda,
                     QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND NOT "
                                    "rowsecurity"))
              .toInt() == 0);
    CHECK(f.scalarAs(f.hedda, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND "
                                             "tableowner <> '%1'")
                                  .arg(owner))
              .toInt() == 0);
    CHECK(f.scalarAs(f.hedda,
                     QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = '%1'").arg(owner))
              .toBool() == false);
    for (const QString& who : {f.anna, f.xavier, f.hedda})
        CHECK(f.scalarAs(f.hedda,
                         QStringLiteral("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = '%1'")
                             .arg(who))
                  .toBool() == false);
}
