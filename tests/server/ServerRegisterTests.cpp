// A shared register through the program: set up, imported from a file, written by two clients,
// its history kept by the database, its changes announced.
#include "CommandLine.h"
#include "ServerFixture.h"
#include "exchange/DemoMunicipality.h"
#include "incident/Incident.h"
#include "server/ServerImport.h"
#include "server/ServerSchema.h"
#include "storage/Database.h"
#include "storage/Errors.h"
#include "storage/HashChain.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "sync/Handout.h"
#include "sync/Merger.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <QTextStream>
#include <catch2/catch.hpp>

using namespace sakra;

namespace {

struct CliRun
{
    int code = 0;
    QString out, err;
};

CliRun cli(const QStringList& args)
{
    CliRun r;
    QTextStream out(&r.out), err(&r.err);
    r.code = CommandLine(out, err).run(QStringList{QStringLiteral("sakra-cli")} + args);
    out.flush();
    err.flush();
    return r;
}

// The notifications on channel that arrive at db within ms, their payloads in order.
QStringList notifications(QSqlDatabase db, int ms, int wanted)
{
    QStringList got;
    QObject::connect(db.driver(), &QSqlDriver::notification, db.driver(),
                     [&](const QString&, QSqlDriver::NotificationSource, const QVariant& payload) {
                         got << payload.toString();
                     });
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired() && got.size() < wanted)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QObject::disconnect(db.driver(), &QSqlDriver::notification, nullptr, nullptr);
    return got;
}

} // namespace

TEST_CASE("Setting up a server register twice changes nothing the second time", "[server]")
{
    ServerDatabase server;
    Database db;
    db.openServerForSetup(server.url());
    CHECK(db.schemaVersion() == ServerSchema::currentVersion());
    CHECK_FALSE(ServerSchema::install(db));
    // And the catalogues are the file register's, UUIDs and all.
    CHECK(Query(db, QStringLiteral("SELECT count(*) FROM risk_category")).scalar().toInt() == 9);
    CHECK(Query(db, QStringLiteral("SELECT count(*) FROM risk_matrix")).scalar().toInt() == 1);
}

TEST_CASE("The server refuses what is not a register and an address it cannot read", "[server]")
{
    ServerDatabase server;
    Database plain;
    plain.openServerForSetup(server.url());
    Query(plain, QStringLiteral("DROP TABLE server_info CASCADE")).exec();
    plain.close();
    Database db;
    CHECK_THROWS_AS(db.openServer(server.url()), OpenError);
    CHECK_THROWS_AS(db.openServer(QStringLiteral("dbname=no_such_database_here")), OpenError);
    CHECK_THROWS_AS(db.openServer(QStringLiteral("this is not = an address = at all")), OpenError);
    CHECK_FALSE(db.isOpen());
}

TEST_CASE("Two clients: a stale row version is refused", "[server]")
{
    ServerFixture f;
    auto first = Register::openServer(f.server.urlAs(f.anna, f.password));
    auto second = Register::openServer(f.server.urlAs(f.anna, f.password));
    Incident mine = first->incidents().get(f.incidentA);
    Incident theirs = second->incidents().get(f.incidentA);
    mine.description = QStringLiteral("Först");
    first->incidents().update(mine);
    theirs.description = QStringLiteral("Sedan");
    CHECK_THROWS_AS(second->incidents().update(theirs), ConflictError);
    CHECK(f.admin->incidents().get(f.incidentA).description == QStringLiteral("Först"));
    // A row outside her units is refused by the database, as the program says it.
    Incident other = f.admin->incidents().get(f.incidentA);
    other.unitId = f.unitB;
    CHECK_THROWS_AS(first->incidents().update(other), PermissionError);
}

TEST_CASE("A lost connection is told as such, and the register connects again as the same user", "[server]")
{
    ServerFixture f;
    // The password is given apart from the address, as the sign-in dialog gives it.
    auto reg = Register::openServer(f.server.urlAs(f.anna, QString()), f.password);
    const RegisterSource source = reg->source();
    CHECK(source.onServer());
    CHECK(source.path().isEmpty());
    int heard = 0;
    reg->database().listenForOthersChanges([&heard] { ++heard; });
    const QString pid = Query(reg->database(), QStringLiteral("SELECT pg_backend_pid()")).scalar().toString();

    // The server ends the session (a restart, a network that drops): the next write says so and
    // saves nothing.
    Incident edited = reg->incidents().get(f.incidentA);
    edited.description = QStringLiteral("Skrivet medan servern startade om");
    Query(f.admin->database(), QStringLiteral("SELECT pg_terminate_backend(CAST(? AS integer))"))
        .bind(pid)
        .exec();
    CHECK_THROWS_AS(reg->incidents().update(edited), ConnectionLostError);
    CHECK(f.admin->incidents().get(f.incidentA).description != edited.description);

    // Connecting again keeps the user, so row security still holds her to her units, and the same
    // edit can then be saved.
    reg->database().reconnect();
    CHECK(Query(reg->database(), QStringLiteral("SELECT session_user")).scalar().toString() == f.anna);
    CHECK(reg->database().actor() == f.anna);
    CHECK_FALSE(reg->database().seesEverything());
    CHECK(Query(reg->database(), QStringLiteral("SELECT count(*) FROM incident WHERE uuid = ?"))
              .bind(f.uuidB)
              .scalar()
              .toInt() == 0);
    reg->incidents().update(edited);
    CHECK(f.admin->incidents().get(f.incidentA).description == edited.description);

    // Others' changes are heard again after the new connection.
    Incident other = f.admin->incidents().get(f.incidentA);
    other.description = QStringLiteral("Ändrat av någon annan");
    f.admin->incidents().update(other);
    QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired() && heard == 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    CHECK(heard > 0);

    // Another connection from the same source is the same user again (the window's workers).
    auto worker = Register::open(source);
    CHECK(Query(worker->database(), QStringLiteral("SELECT session_user")).scalar().toString() == f.anna);
    CHECK(f.admin->database().seesEverything());
}

TEST_CASE("A server that cannot be reached again is told, and the register stays closed to writes",
          "[server]")
{
    ServerFixture f;
    auto reg = Register::openServer(f.server.urlAs(f.anna, QString()), f.password);
    const QString pid = Query(reg->database(), QStringLiteral("SELECT pg_backend_pid()")).scalar().toString();
    // Her login may no longer connect (an administrator locked it) and the server ends her session.
    Query(f.admin->database(), QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(f.anna)).exec();
    Query(f.admin->database(), QStringLiteral("SELECT pg_terminate_backend(CAST(? AS integer))"))
        .bind(pid)
        .exec();
    CHECK_THROWS_AS(reg->incidents().get(f.incidentA), ConnectionLostError);
    CHECK_THROWS_AS(reg->database().reconnect(), OpenError);
    // Once she may again, the same register connects.
    Query(f.admin->database(), QStringLiteral("ALTER ROLE %1 LOGIN").arg(f.anna)).exec();
    reg->database().reconnect();
    CHECK(reg->incidents().get(f.incidentA).id == f.incidentA);
}

TEST_CASE("The head hands a unit out from the server and merges the site's work back, as herself", "[server]")
{
    ServerFixture f;
    QTemporaryDir dir;
    const QString package = dir.filePath(QStringLiteral("a.sakra"));
    // A manager may not hand out: the packages are the head's, and the database says so.
    auto anna = Register::openServer(f.server.urlAs(f.anna, f.password));
    CHECK_THROWS_AS(Handout::make(anna->database(), {f.unitA, QStringLiteral("Skolkontoret"), package}),
                    PermissionError);
    CHECK_FALSE(QFileInfo::exists(package));

    auto hedda = Register::openServer(f.server.urlAs(f.hedda, f.password));
    const Handout::Result out =
        Handout::make(hedda->database(), {f.unitA, QStringLiteral("Skolkontoret"), package});
    CHECK(out.ownedRows > 0);
    {
        auto site = Register::open(package);
        site->database().setActor(QStringLiteral("Platsens rektor"));
        const auto idOf = [&](const QString& uuid) {
            return Query(site->database(), QStringLiteral("SELECT id FROM incident WHERE uuid = ?"))
                .bind(uuid)
                .scalar()
                .toLongLong();
        };
        CHECK(idOf(f.uuidB) == 0); // B was never handed out
        Incident i = site->incidents().get(idOf(f.uuidA));
        i.description = QStringLiteral("Kompletterat på platsen");
        site->incidents().update(i);
    }
    Merger merger(hedda->database());
    const MergePlan plan = merger.preview(package);
    CHECK(plan.conflicts.empty());
    const MergeApplier::Result in = merger.apply(package, plan, {});
    CHECK(in.updated == 1);
    CHECK(f.admin->incidents().get(f.incidentA).description == QStringLiteral("Kompletterat på platsen"));
    // The database wrote the history of the merge, naming her.
    CHECK(Query(f.admin->database(),
                QStringLiteral("SELECT actor FROM change_log WHERE entity_uuid = ? ORDER BY id DESC LIMIT 1"))
              .bind(f.uuidA)
              .scalar()
              .toString() == f.hedda);
    CHECK(HashChain::verify(f.admin->database()).intact());
    // The site's own entries came along as the site wrote them, and are read as their row is: the
    // manager of A sees them, the manager of B does not.
    const QString bySite =
        QStringLiteral(
            "SELECT count(*) FROM change_log WHERE actor = 'Platsens rektor' AND entity_uuid = '%1'")
            .arg(f.uuidA);
    CHECK(f.scalarAs(f.anna, bySite).toInt() == 1);
    CHECK(f.scalarAs(f.bertil, bySite).toInt() == 0);
    CHECK(
        Query(f.admin->database(), QStringLiteral("SELECT count(*) FROM change_log WHERE scope_unit_id = -1"))
            .scalar()
            .toInt() == 0);
    // Nobody but the head may append to the chain so.
    CHECK(f.failureAs(f.anna, QStringLiteral("SELECT sakra_merge_history('2026-01-01', 'x', 'incident', 'u', "
                                             "'update', 'description', NULL, 'y')")) ==
          QStringLiteral("42501"));
}

TEST_CASE("The self-assessment covers the units a user may see, not every unit named", "[server]")
{
    ServerFixture f;
    // Everyone may read the organisation, but a manager's self-assessment is of her own units: the
    // others' records are hidden from her, and would count as missing.
    auto anna = Register::openServer(f.server.urlAs(f.anna, f.password));
    const Assessment hers = anna->assessment().assess();
    REQUIRE(hers.units.size() == 1);
    CHECK(hers.units.front().unitId == f.unitA2); // A's only leaf
    CHECK(hers.boards.size() == 1);
    auto xavier = Register::openServer(f.server.urlAs(f.xavier, f.password));
    CHECK(xavier->assessment().assess().units.size() == 1); // Förvaltning 1 has the one leaf, A2
    auto hedda = Register::openServer(f.server.urlAs(f.hedda, f.password));
    const Assessment all = hedda->assessment().assess();
    CHECK(all.units.size() == 2); // A2 and B
    CHECK(all.units.size() == f.admin->assessment().assess().units.size());
}

TEST_CASE("A change is announced after its commit and never after a rollback", "[server]")
{
    ServerFixture f;
    QSqlDatabase listener = f.as(f.hedda);
    REQUIRE(listener.driver()->subscribeToNotification(QString::fromLatin1("sakra_changes")));
    auto anna = Register::openServer(f.server.urlAs(f.anna, f.password));
    {
        Transaction tx(anna->database());
        Incident i = anna->incidents().get(f.incidentA);
        i.description = QStringLiteral("Ångras");
        anna->incidents().update(i);
        // No commit: rolled back.
    }
    f.createIncident(*anna, f.unitA, QStringLiteral("Sparas"));
    const QStringList got = notifications(listener, 5000, 1);
    // Only the committed insert: the table's name and nothing of its content.
    REQUIRE(got.size() == 1);
    CHECK(got.front() == QStringLiteral("incident"));
    CHECK(notifications(listener, 300, 1).isEmpty());
}

TEST_CASE("The database keeps the history in the file register's hash chain", "[server]")
{
    ServerFixture f;
    Database& db = f.admin->database();
    const HashChain::Verification intact = HashChain::verify(db);
    CHECK(intact.intact());
    CHECK(intact.entries == 9); // the seven units and two incidents, each made once
    // Each change names the session's user, whatever the client says it is.
    db.setActor(QStringLiteral("not me"));
    Incident i = f.admin->incidents().get(f.incidentA);
    i.severity = 3;
    f.admin->incidents().update(i);
    const auto entries = f.admin->history().entriesFor(f.uuidA);
    REQUIRE(entries.size() == 2);
    CHECK(entries.back().action == QStringLiteral("update"));
    CHECK(entries.back().field == QStringLiteral("severity"));
    CHECK(entries.back().oldValue.toString() == QStringLiteral("2"));
    CHECK(entries.back().newValue.toString() == QStringLiteral("3"));
    CHECK(entries.back().actor == Query(db, QStringLiteral("SELECT session_user")).scalar().toString());
    CHECK(HashChain::verify(db).intact());
    // A tampered entry breaks the chain where it was changed (the superuser may write anything).
    Query(db,
          QStringLiteral("UPDATE change_log SET new_value = '4' WHERE id = (SELECT max(id) FROM change_log)"))
        .exec();
    CHECK_FALSE(HashChain::verify(db).intact());
}

TEST_CASE("A file register moves into an empty server register whole, and only into an empty one", "[server]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.sakra"));
    {
        auto reg = Register::create(file);
        DemoMunicipality::populate(*reg);
    }
    ServerDatabase server;
    const CliRun run = cli(
        {QStringLiteral("server"), QStringLiteral("import"), server.url(), QStringLiteral("--from"), file});
    REQUIRE(run.code == 0);
    const QJsonObject imported = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(imported.value(QStringLiteral("history")).toInt() > 0);

    auto local = Register::open(file);
    auto shared = Register::openServer(server.url());
    CHECK(shared->stats() == local->stats());
    CHECK(HashChain::verify(shared->database()).intact());
    CHECK(
        Query(shared->database(), QStringLiteral("SELECT value FROM register_info WHERE key = 'register_id'"))
            .scalar()
            .toString() ==
        Query(local->database(), QStringLiteral("SELECT value FROM register_info WHERE key = 'register_id'"))
            .scalar()
            .toString());
    // The closure and tallies the triggers keep go on from the imported ones.
    const QString rootTally = QStringLiteral("SELECT sum(n) FROM incident_tally t JOIN org_unit u ON u.id = "
                                             "t.scope_id WHERE u.parent_id IS NULL");
    const qint64 before = Query(shared->database(), rootTally).scalar().toLongLong();
    CHECK(before == Query(local->database(), rootTally).scalar().toLongLong());
    Incident i =
        shared->incidents().get(Query(shared->database(), QStringLiteral("SELECT max(id) FROM incident "
                                                                         "WHERE deleted_at IS NULL"))
                                    .scalar()
                                    .toLongLong());
    i.id = 0;
    i.uuid.clear();
    shared->incidents().create(i);
    CHECK(Query(shared->database(), rootTally).scalar().toLongLong() == before + 1);
    CHECK(HashChain::verify(shared->database()).intact());
    const CliRun again = cli(
        {QStringLiteral("server"), QStringLiteral("import"), server.url(), QStringLiteral("--from"), file});
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("redan innehåll")));
}

TEST_CASE("An import refuses a file with rows that refer to nothing, before writing anything", "[server]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("broken.sakra"));
    {
        auto reg = Register::create(file);
        DemoMunicipality::populate(*reg);
        Database& db = reg->database();
        Query(db, QStringLiteral("PRAGMA foreign_keys = OFF")).exec();
        Query(db, QStringLiteral(
                      "UPDATE incident SET unit_id = 999999 WHERE id = (SELECT min(id) FROM incident)"))
            .exec();
    }
    ServerDatabase server;
    Database target;
    target.openServerForSetup(server.url());
    Database source;
    source.openReadOnly(file);
    try {
        ServerImport::run(source, target);
        FAIL("the import went through");
    } catch (const ValidationError& e) {
        CHECK(e.message().contains(QStringLiteral("incident.unit_id: 1")));
    }
    CHECK(Query(target, QStringLiteral("SELECT count(*) FROM org_unit")).scalar().toInt() == 0);
    CHECK(Query(target, QStringLiteral("SELECT count(*) FROM change_log")).scalar().toInt() == 0);
}

TEST_CASE("sakra-cli server grants, lists and revokes", "[server]")
{
    ServerFixture f;
    const QString login = ServerDatabase::newLogin(QStringLiteral("cecilia"));
    const CliRun granted =
        cli({QStringLiteral("server"), QStringLiteral("grant"), f.server.url(), QStringLiteral("--user"),
             login, QStringLiteral("--unit"), QStringLiteral("A2"), QStringLiteral("--role"),
             QStringLiteral("coordinator"), QStringLiteral("--password"), QStringLiteral("pw-2")});
    REQUIRE(granted.code == 0);
    const CliRun users = cli({QStringLiteral("server"), QStringLiteral("users"), f.server.url()});
    REQUIRE(users.code == 0);
    bool listed = false;
    for (const QJsonValue& v : QJsonDocument::fromJson(users.out.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("user")).toString() == login) {
            listed = true;
            CHECK(o.value(QStringLiteral("unit")).toString() == QStringLiteral("A2"));
            CHECK(o.value(QStringLiteral("scope")).toString() == QStringLiteral("Förvaltning 1"));
            CHECK(o.value(QStringLiteral("role")).toString() == QStringLiteral("coordinator"));
        }
    }
    CHECK(listed);
    {
        auto cecilia = Register::openServer(f.server.urlAs(login, QStringLiteral("pw-2")));
        CHECK(cecilia->incidents().count() == 1);
    }
    // Bad input: an unknown role, a unit that does not exist, a login with no grant.
    CHECK(cli({QStringLiteral("server"), QStringLiteral("grant"), f.server.url(), QStringLiteral("--user"),
               login, QStringLiteral("--unit"), QStringLiteral("A2"), QStringLiteral("--role"),
               QStringLiteral("king")})
              .code == 2);
    const CliRun noUnit =
        cli({QStringLiteral("server"), QStringLiteral("grant"), f.server.url(), QStringLiteral("--user"),
             login, QStringLiteral("--unit"), QStringLiteral("Ingen sådan"), QStringLiteral("--role"),
             QStringLiteral("manager")});
    CHECK(noUnit.code == 1);
    CHECK(noUnit.err.contains(QStringLiteral("Ingen sådan")));
    CHECK(cli({QStringLiteral("server"), QStringLiteral("revoke"), f.server.url(), QStringLiteral("--user"),
               login})
              .code == 0);
    CHECK(cli({QStringLiteral("server"), QStringLiteral("revoke"), f.server.url(), QStringLiteral("--user"),
               login})
              .code == 1);
    CHECK(cli({QStringLiteral("server"), QStringLiteral("frobnicate"), f.server.url()}).code == 2);
}
