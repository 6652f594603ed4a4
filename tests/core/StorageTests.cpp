#include "TestRegister.h"
#include "storage/Query.h"
#include "storage/Schema.h"
#include "storage/Tables.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sakra;

namespace {
QStringList tableNames(Database& db)
{
    QStringList names;
    Query q(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    q.exec();
    while (q.next())
        names << q.value(0).toString();
    return names;
}
} // namespace

TEST_CASE("a new register carries our application id, the newest version and the catalogues", "[storage]")
{
    TestRegister reg;
    Database& db = reg->database();
    CHECK(Query(db, QStringLiteral("PRAGMA application_id")).scalar().toInt() == Database::kApplicationId);
    CHECK(db.schemaVersion() == Schema::currentVersion());
    CHECK(Query(db, QStringLiteral("PRAGMA foreign_keys")).scalar().toInt() == 1);
    CHECK(reg->roles().all().size() == 8);
    CHECK(reg->focusAreas().all().size() == 18);
    CHECK(reg->holdsNoData());
}

TEST_CASE("every table spec matches the schema", "[storage]")
{
    TestRegister reg;
    for (const TableSpec* spec : Tables::all()) {
        INFO(spec->table);
        QStringList columns;
        QSqlQuery q(reg->database().connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(QLatin1String(spec->table))));
        while (q.next())
            columns << q.value(1).toString();
        for (const char* meta :
             {"id", "uuid", "created_at", "updated_at", "updated_by", "row_version", "deleted_at"})
            CHECK(columns.contains(QLatin1String(meta)));
        for (const Column& c : spec->columns)
            CHECK(columns.contains(QLatin1String(c.name)));
        CHECK(columns.size() == int(spec->columns.size()) + 7);
    }
}

TEST_CASE("migrations run one step at a time and keep the data", "[storage][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sakra"));
    {
        Database db;
        db.createAtVersion(path, 1);
        CHECK(db.schemaVersion() == 1);
        const QStringList tables = tableNames(db);
        CHECK(tables.contains(QStringLiteral("org_unit")));
        CHECK(tables.contains(QStringLiteral("change_log")));
        CHECK_FALSE(tables.contains(QStringLiteral("security_role")));
        Query(db,
              QStringLiteral("INSERT INTO org_unit (uuid, created_at, updated_at, updated_by, kind, name) "
                             "VALUES ('8a7a1f3e-0000-4000-8000-000000000001', 'x', 'x', 'x', 'municipality', "
                             "'Gamla kommun')"))
            .exec();
    }
    const QByteArray before = fileBytes(path);

    auto reg = Register::open(path);
    CHECK(reg->database().schemaVersion() == Schema::currentVersion());
    CHECK(tableNames(reg->database()).contains(QStringLiteral("security_role")));
    CHECK(tableNames(reg->database()).contains(QStringLiteral("risk")));
    CHECK(reg->riskCategories().all().size() == 9);
    CHECK(reg->riskMatrix().current() == RiskMatrix::standard());
    CHECK(reg->roles().all().size() == 8);
    REQUIRE(reg->units().root());
    CHECK(reg->units().root()->name == QStringLiteral("Gamla kommun"));
    // The file as it was before the upgrade is kept beside it, owner-only.
    const QString backup = path + QStringLiteral(".v1.bak");
    CHECK(fileBytes(backup) == before);
    CHECK(QFileInfo(backup).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

    // A second open has nothing to migrate.
    reg.reset();
    reg = Register::open(path);
    CHECK(reg->database().schemaVersion() == Schema::currentVersion());
    CHECK(reg->roles().all().size() == 8);
}

TEST_CASE("a failed migration step leaves the file at the previous version", "[storage][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sakra"));
    {
        Database db;
        db.createAtVersion(path, 1);
        // A table that step 2 wants to create already exists: the step must fail as a whole.
        Query(db, QStringLiteral("CREATE TABLE milestone (x INTEGER)")).exec();
    }
    CHECK_THROWS_WITH(Register::open(path), Catch::Contains("Kan inte uppgradera"));
    withRawConnection(path, [](QSqlQuery& q) {
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'security_role'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
    });
}

TEST_CASE("registers, copies and exports are readable by the owner only", "[storage][security]")
{
    TestRegister reg(true);
    const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
    CHECK(QFileInfo(reg.path()).permissions() == ownerOnly);
    const QString copy = reg.file(QStringLiteral("copy.sakra"));
    reg->saveCopyAs(copy);
    CHECK(QFileInfo(copy).permissions() == ownerOnly);
}

TEST_CASE("Save As copies the whole register with the backup API", "[storage]")
{
    TestRegister reg(true);
    const QString copy = reg.file(QStringLiteral("copy.sakra"));
    reg->saveCopyAs(copy);
    auto other = Register::open(copy);
    CHECK(other->stats() == reg->stats());
    CHECK(other->database().integrityProblem().isEmpty());
    CHECK_THROWS_AS(reg->saveCopyAs(reg.path()), StorageError);
}

TEST_CASE("creating over an existing file or in a missing folder is refused", "[storage]")
{
    TestRegister reg;
    const QByteArray before = fileBytes(reg.path());
    CHECK_THROWS_WITH(Register::create(reg.path()), Catch::Contains("finns redan"));
    CHECK(fileBytes(reg.path()) == before);
    CHECK_THROWS_WITH(Register::create(reg.file(QStringLiteral("no/such/folder/x.sakra"))),
                      Catch::Contains("finns inte"));
}

TEST_CASE("a failed write leaves no partial change", "[storage][transaction]")
{
    TestRegister reg;
    const qint64 root = reg.unit(UnitKind::Municipality, QStringLiteral("Kommunen"), 0);
    const auto statsBefore = reg->stats();

    SECTION("an invalid second row rolls back the first")
    {
        try {
            Transaction tx(reg->database());
            reg.unit(UnitKind::Board, QStringLiteral("Nämnden"), root);
            reg.unit(UnitKind::Board, QString(), root); // refused: no name
            tx.commit();
            FAIL("the second unit should have been refused");
        } catch (const ValidationError& e) {
            CHECK(e.field() == QStringLiteral("name"));
        }
        CHECK(reg->stats() == statsBefore);
        CHECK(reg->units().children(root).empty());
    }

    SECTION("a change whose history cannot be written is not made")
    {
        Query(reg->database(),
              QStringLiteral("CREATE TEMP TRIGGER refuse_history BEFORE INSERT ON change_log "
                             "BEGIN SELECT RAISE(ABORT, 'history refused'); END"))
            .exec();
        OrgUnit unit = reg->units().get(root);
        unit.name = QStringLiteral("Nytt namn");
        CHECK_THROWS_AS(reg->units().update(unit), StorageError);
        CHECK(reg->units().get(root).name == QStringLiteral("Kommunen"));
        CHECK(reg->units().get(root).rowVersion == unit.rowVersion);
        Query(reg->database(), QStringLiteral("DROP TRIGGER refuse_history")).exec();
        CHECK(reg->stats() == statsBefore);
    }
}

TEST_CASE("row versions detect a stale edit", "[storage][conflict]")
{
    TestRegister reg;
    const qint64 root = reg.unit(UnitKind::Municipality, QStringLiteral("Kommunen"), 0);
    OrgUnit first = reg->units().get(root);
    OrgUnit second = first;
    first.name = QStringLiteral("Först");
    CHECK(reg->units().update(first) == first.rowVersion + 1);
    second.name = QStringLiteral("Sedan");
    CHECK_THROWS_AS(reg->units().update(second), ConflictError);
    CHECK(reg->units().get(root).name == QStringLiteral("Först"));
}

TEST_CASE("removal leaves a tombstone that can be restored", "[storage]")
{
    TestRegister reg;
    Site site;
    site.name = QStringLiteral("Stadshuset");
    const qint64 id = reg->sites().create(site);
    reg->sites().remove(id);
    CHECK_FALSE(reg->sites().find(id));
    CHECK(reg->sites().all().empty());
    CHECK(Query(reg->database(), QStringLiteral("SELECT deleted_at IS NOT NULL FROM site WHERE id = ?"))
              .bind(id)
              .scalar()
              .toBool());
    reg->sites().restore(id);
    REQUIRE(reg->sites().find(id));
    CHECK(reg->sites().find(id)->name == QStringLiteral("Stadshuset"));
}

TEST_CASE("the matrix that migration step 3 seeds is a fixed literal equal to the standard matrix of today",
          "[storage][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sakra"));
    createOlderRegister(path, 3);
    QString config;
    withRawConnection(path, [&](QSqlQuery& q) {
        REQUIRE(q.exec(QStringLiteral("SELECT config FROM risk_matrix")));
        REQUIRE(q.next());
        config = q.value(0).toString();
        CHECK_FALSE(q.next());
    });
    // If the standard matrix changes, step 3 must not: a new step moves registers onto it.
    CHECK(config == QString::fromUtf8(RiskMatrix::standard().toJson()));
    CHECK(RiskMatrix::fromJson(config.toUtf8()).likelihoodSize() == 5);
}

TEST_CASE("the writes of one transaction share one instant and every later transaction is later",
          "[storage][time]")
{
    TestRegister reg;
    const qint64 root = reg.unit(UnitKind::Municipality, QStringLiteral("Kommunen"), 0);
    QStringList stamps;
    {
        Transaction tx(reg->database());
        for (int i = 0; i < 3; ++i)
            reg.unit(UnitKind::Board, QStringLiteral("Nämnd %1").arg(i), root);
        tx.commit();
    }
    // Many transactions in a row, faster than the clock's millisecond.
    for (int i = 0; i < 50; ++i)
        reg.unit(UnitKind::Board, QStringLiteral("Snabb %1").arg(i), root);
    withRawConnection(reg.path(), [&](QSqlQuery& q) {
        REQUIRE(q.exec(QStringLiteral("SELECT created_at FROM org_unit ORDER BY id")));
        while (q.next())
            stamps << q.value(0).toString();
    });
    REQUIRE(stamps.size() == 54);
    // The three of one transaction: one instant.
    CHECK(stamps[1] == stamps[2]);
    CHECK(stamps[2] == stamps[3]);
    // Each transaction after it: strictly later than the one before.
    CHECK(stamps[0] < stamps[1]);
    for (int i = 4; i < stamps.size(); ++i) {
        INFO(stamps[i - 1].toStdString() << " then " << stamps[i].toStdString());
        CHECK(stamps[i - 1] < stamps[i]);
    }
}
