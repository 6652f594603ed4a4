#include "TestRegister.h"
#include "incident/IncidentStatistics.h"
#include "storage/Query.h"
#include "storage/SqlSnippets.h"

#include <QRandomGenerator>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace sakra;

namespace {

const QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

// Incidents are written with plain SQL here, as the importer and the generator write them: the
// tallies must follow every write path, not only the repository's.
qint64 addIncident(Database& db, qint64 unit, const QDate& on, const char* kind)
{
    Query q(db, QStringLiteral(
                    "INSERT INTO incident (uuid, created_at, updated_at, updated_by, occurred_on, unit_id, "
                    "target, kind, channel, severity, perpetrator, follow_up) "
                    "VALUES (?, 'x', 'x', 'x', ?, ?, 'employee', ?, 'on_site', 2, 'client', 'new')"));
    q.bind(QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(on.toString(Qt::ISODate))
        .bind(unit)
        .bind(QLatin1String(kind))
        .exec();
    return q.lastInsertId();
}

void setIncident(Database& db, qint64 id, const char* column, const QVariant& value)
{
    Query(db, QStringLiteral("UPDATE incident SET %1 = ? WHERE id = ?").arg(QLatin1String(column)))
        .bind(value)
        .bind(id)
        .exec();
}

void setUnit(Database& db, qint64 id, const char* column, const QVariant& value)
{
    Query(db, QStringLiteral("UPDATE org_unit SET %1 = ? WHERE id = ?").arg(QLatin1String(column)))
        .bind(value)
        .bind(id)
        .exec();
}

// The plain query the tallies stand in for: a full scan of the incidents in the scope.
KindCounts plainCount(Database& db, qint64 scope, const QDate& from, const QDate& to)
{
    Query q(
        db,
        QStringLiteral(
            "SELECT kind, count(*) FROM incident WHERE deleted_at IS NULL AND occurred_on BETWEEN ? AND ?") +
            SqlSnippets::inScope("unit_id") + QStringLiteral(" GROUP BY kind"));
    q.bind(from.toString(Qt::ISODate)).bind(to.toString(Qt::ISODate)).bind(scope).exec();
    KindCounts c;
    while (q.next())
        c[std::size_t(IncidentStatistics::kindIndex(q.value(0).toString()))] += q.value(1).toLongLong();
    return c;
}

qint64 kind(const char* code)
{
    return IncidentStatistics::kindIndex(QLatin1String(code));
}

struct StatsFixture : TopFixture
{
    qint64 dept = 0, u1 = 0, u2 = 0, company = 0, depot = 0;

    StatsFixture() : TopFixture(QStringLiteral("Socialnämnden"), QStringLiteral("Socialförvaltningen"))
    {
        dept = reg.unit(UnitKind::Department, QStringLiteral("Ekonomiskt bistånd"), admin);
        u1 = reg.unit(UnitKind::Unit, QStringLiteral("Mottagningen"), dept);
        u2 = reg.unit(UnitKind::Unit, QStringLiteral("Utredning"), dept);
        company = reg.unit(UnitKind::Company, QStringLiteral("Bostadsbolaget"), root, board);
        depot = reg.unit(UnitKind::Unit, QStringLiteral("Förrådet"), company);
    }
    Database& db() { return reg->database(); }
    IncidentStatistics stats() { return IncidentStatistics(db()); }
};

} // namespace

TEST_CASE("quarters: codes, first and last days, neighbours", "[incident][statistics]")
{
    const Quarter q = Quarter::of(d(2024, 5, 17));
    CHECK(q.year == 2024);
    CHECK(q.quarter == 2);
    CHECK(q.code() == 20242);
    CHECK(q.firstDay() == d(2024, 4, 1));
    CHECK(q.lastDay() == d(2024, 6, 30));
    CHECK(Quarter::of(d(2024, 12, 31)).next() == Quarter{2025, 1});
    CHECK(Quarter{2025, 1}.previous() == Quarter{2024, 4});
    CHECK(Quarter{2024, 1}.lastDay() == d(2024, 3, 31));
    CHECK_FALSE(Quarter::of(QDate()).isValid());
}

TEST_CASE("incident statistics against hand counts", "[incident][statistics]")
{
    StatsFixture f;
    Database& db = f.db();
    addIncident(db, f.u1, d(2024, 1, 15), "threat");
    addIncident(db, f.u1, d(2024, 2, 20), "violence");
    addIncident(db, f.u1, d(2024, 5, 1), "threat");
    addIncident(db, f.u2, d(2024, 3, 31), "harassment");
    addIncident(db, f.dept, d(2024, 4, 1), "threat");
    addIncident(db, f.depot, d(2023, 6, 1), "vandalism");
    addIncident(db, f.depot, d(2024, 7, 1), "near_miss");
    const IncidentStatistics stats = f.stats();

    SECTION("per kind for a scope and a whole year")
    {
        const KindCounts c = stats.perKind(f.admin, d(2024, 1, 1), d(2024, 12, 31));
        CHECK(c[kind("threat")] == 3);
        CHECK(c[kind("violence")] == 1);
        CHECK(c[kind("harassment")] == 1);
        CHECK(c[kind("vandalism")] == 0);
        CHECK(c.total() == 5);
        CHECK(stats.perKind(f.u1, d(2024, 1, 1), d(2024, 12, 31)).total() == 3);
        CHECK(stats.perKind(f.company, d(2024, 1, 1), d(2024, 12, 31)).total() == 1);
        // 0: the whole organisation.
        CHECK(stats.perKind(0, d(2023, 1, 1), d(2024, 12, 31)).total() == 7);
        CHECK(stats.perKind(f.root, d(2023, 1, 1), d(2024, 12, 31)).total() == 7);
    }
    SECTION("periods that do not follow quarters count exactly")
    {
        // 20 February .. 1 April: the violence, the harassment on 31 March, the threat on 1 April.
        const KindCounts c = stats.perKind(f.root, d(2024, 2, 20), d(2024, 4, 1));
        CHECK(c.total() == 3);
        CHECK(c[kind("threat")] == 1);
        CHECK(stats.perKind(f.root, d(2024, 2, 21), d(2024, 3, 30)).total() == 0);
        CHECK(stats.perKind(f.root, d(2024, 3, 31), d(2024, 3, 31)).total() == 1);
        // Whole quarters plus days on both sides.
        CHECK(stats.perKind(f.root, d(2023, 6, 1), d(2024, 7, 1)).total() == 7);
        CHECK(stats.perKind(f.root, d(2023, 6, 2), d(2024, 6, 30)).total() == 5);
    }
    SECTION("per unit: the children of the scope and its own incidents")
    {
        const auto rows = stats.perUnit(f.dept, d(2024, 1, 1), d(2024, 12, 31));
        REQUIRE(rows.size() == 3);
        CHECK(rows[0].unitName == QStringLiteral("Mottagningen"));
        CHECK(rows[0].counts.total() == 3);
        CHECK_FALSE(rows[0].own);
        CHECK(rows[1].unitName == QStringLiteral("Utredning"));
        CHECK(rows[1].counts.total() == 1);
        CHECK(rows[2].own);
        CHECK(rows[2].unitId == f.dept);
        CHECK(rows[2].counts[kind("threat")] == 1);

        const auto top = stats.perUnit(0, d(2024, 2, 1), d(2024, 12, 31));
        REQUIRE(top.size() == 2);
        CHECK(top[0].unitName == QStringLiteral("Bostadsbolaget"));
        CHECK(top[0].counts.total() == 1);
        CHECK(top[1].unitName == QStringLiteral("Socialnämnden"));
        CHECK(top[1].counts.total() == 4);
    }
    SECTION("per quarter with empty quarters, and the trend")
    {
        const auto quarters = stats.perQuarter(f.root, Quarter{2023, 4}, Quarter{2024, 3});
        REQUIRE(quarters.size() == 4);
        CHECK(quarters[0].quarter == Quarter{2023, 4});
        CHECK(quarters[0].counts.total() == 0);
        CHECK(quarters[1].counts.total() == 3);
        CHECK(quarters[1].counts[kind("harassment")] == 1);
        CHECK(quarters[2].counts.total() == 2);
        CHECK(quarters[3].counts[kind("near_miss")] == 1);
        const auto trend = stats.trend(f.admin, d(2024, 8, 15), 6);
        REQUIRE(trend.size() == 6);
        CHECK(trend.front().quarter == Quarter{2023, 2});
        CHECK(trend.back().quarter == Quarter{2024, 3});
        CHECK(trend[3].counts.total() == 3);
    }
    SECTION("this year against last year")
    {
        const YearComparison c = stats.yearComparison(0, d(2024, 6, 1));
        CHECK(c.year == 2024);
        CHECK(c.thisYear.total() == 5);
        CHECK(c.lastYearToDate.total() == 1);
        CHECK(c.lastYear.total() == 1);
        CHECK(stats.yearComparison(0, d(2024, 5, 31)).lastYearToDate.total() == 0);
    }
    SECTION("bad periods are refused")
    {
        CHECK_THROWS_AS(stats.perKind(0, d(2024, 2, 1), d(2024, 1, 31)), ValidationError);
        CHECK_THROWS_AS(stats.perKind(0, QDate(), d(2024, 1, 31)), ValidationError);
        CHECK_THROWS_AS(stats.perQuarter(0, Quarter{2024, 2}, Quarter{2024, 1}), ValidationError);
        CHECK_THROWS_AS(stats.perQuarter(0, Quarter{2024, 5}, Quarter{2024, 1}), ValidationError);
        CHECK_THROWS_AS(stats.trend(0, d(2024, 1, 1), 0), ValidationError);
    }
}

TEST_CASE("incident tallies follow removal, restore, edits and moved units", "[incident][statistics]")
{
    StatsFixture f;
    Database& db = f.db();
    const qint64 a = addIncident(db, f.u1, d(2024, 1, 15), "threat");
    addIncident(db, f.u2, d(2024, 2, 1), "violence");
    const IncidentStatistics stats = f.stats();
    const QDate from(2024, 1, 1), to(2024, 12, 31);
    REQUIRE(stats.perKind(f.admin, from, to).total() == 2);

    setIncident(db, a, "deleted_at", QStringLiteral("2024-03-01T00:00:00Z"));
    CHECK(stats.perKind(f.admin, from, to).total() == 1);
    CHECK(stats.perKind(f.u1, from, to).total() == 0);
    setIncident(db, a, "deleted_at", QVariant(QMetaType(QMetaType::QString)));
    CHECK(stats.perKind(f.u1, from, to).total() == 1);

    setIncident(db, a, "kind", QStringLiteral("harassment"));
    CHECK(stats.perKind(f.admin, from, to)[kind("harassment")] == 1);
    CHECK(stats.perKind(f.admin, from, to)[kind("threat")] == 0);
    setIncident(db, a, "occurred_on", QStringLiteral("2023-12-31"));
    CHECK(stats.perKind(f.admin, from, to).total() == 1);
    CHECK(stats.perKind(f.admin, d(2023, 1, 1), to).total() == 2);
    setIncident(db, a, "unit_id", f.depot);
    CHECK(stats.perKind(f.company, d(2023, 1, 1), to).total() == 1);
    CHECK(stats.perKind(f.admin, d(2023, 1, 1), to).total() == 1);

    // The department moves to the company, with its units and their incidents.
    OrgUnit dept = f.reg->units().get(f.dept);
    dept.parentId = f.company;
    f.reg->units().update(dept);
    CHECK(stats.perKind(f.admin, d(2023, 1, 1), to).total() == 0);
    CHECK(stats.perKind(f.company, d(2023, 1, 1), to).total() == 2);
    CHECK(stats.perKind(f.board, d(2023, 1, 1), to).total() == 0);
    CHECK(stats.perKind(f.root, d(2023, 1, 1), to).total() == 2);
    CHECK(stats.perKind(f.dept, d(2023, 1, 1), to).total() == 1);

    // A removed unit and what is below it leave every scope above it, and come back with it.
    setUnit(db, f.u2, "deleted_at", QStringLiteral("2024-03-01T00:00:00Z"));
    CHECK(stats.perKind(f.company, d(2023, 1, 1), to).total() == 1);
    CHECK(stats.perKind(f.root, d(2023, 1, 1), to).total() == 1);
    CHECK(stats.perKind(f.u2, d(2023, 1, 1), to).total() == 1); // as SqlSnippets::inScope counts it
    setUnit(db, f.u2, "deleted_at", QVariant(QMetaType(QMetaType::QString)));
    CHECK(stats.perKind(f.company, d(2023, 1, 1), to).total() == 2);
    CHECK(plainCount(db, f.company, d(2023, 1, 1), to) == stats.perKind(f.company, d(2023, 1, 1), to));

    // A hard delete (never done by the program, but not to be miscounted either).
    Query(db, QStringLiteral("DELETE FROM incident WHERE id = ?")).bind(a).exec();
    CHECK(stats.perKind(f.root, d(2023, 1, 1), to).total() == 1);
}

TEST_CASE("incident tallies equal the plain query on random data", "[incident][statistics]")
{
    TestRegister reg;
    Database& db = reg->database();
    QRandomGenerator rng(5150);
    const qint64 root = reg.unit(UnitKind::Municipality, QStringLiteral("Kommunen"), 0);
    std::vector<qint64> containers; // administrations and departments: where units may move
    std::vector<qint64> units;
    for (int b = 0; b < 3; ++b) {
        const qint64 board = reg.unit(UnitKind::Board, QStringLiteral("Nämnd %1").arg(b), root);
        const qint64 admin =
            reg.unit(UnitKind::Administration, QStringLiteral("Förvaltning %1").arg(b), board, board);
        containers.push_back(admin);
        for (int dd = 0; dd < 3; ++dd) {
            const qint64 dept =
                reg.unit(UnitKind::Department, QStringLiteral("Avdelning %1.%2").arg(b).arg(dd), admin);
            containers.push_back(dept);
            for (int u = 0; u < 3; ++u)
                units.push_back(
                    reg.unit(UnitKind::Unit, QStringLiteral("Enhet %1.%2.%3").arg(b).arg(dd).arg(u), dept));
        }
    }
    const auto& codes = IncidentStatistics::kindCodes();
    std::vector<qint64> incidents;
    Transaction tx(db);
    for (int i = 0; i < 3000; ++i) {
        const qint64 unit = rng.bounded(10) == 0 ? containers[rng.bounded(int(containers.size()))]
                                                 : units[rng.bounded(int(units.size()))];
        incidents.push_back(addIncident(db, unit, d(2021, 1, 1).addDays(rng.bounded(4 * 365)),
                                        codes[rng.bounded(int(codes.size()))]));
    }
    for (int i = 0; i < 600; ++i) {
        const qint64 id = incidents[rng.bounded(int(incidents.size()))];
        switch (rng.bounded(4)) {
        case 0: setIncident(db, id, "deleted_at", QStringLiteral("2024-01-01T00:00:00Z")); break;
        case 1: setIncident(db, id, "deleted_at", QVariant(QMetaType(QMetaType::QString))); break;
        case 2: setIncident(db, id, "kind", QLatin1String(codes[rng.bounded(int(codes.size()))])); break;
        default: setIncident(db, id, "unit_id", units[rng.bounded(int(units.size()))]);
        }
    }
    // Units and departments move between containers; some units are removed and some restored.
    for (int i = 0; i < 40; ++i) {
        const bool moveDept = rng.bounded(3) == 0;
        if (moveDept) {
            const qint64 dept = containers[1 + rng.bounded(int(containers.size()) - 1)];
            OrgUnit u = reg->units().get(dept);
            if (u.kind != UnitKind::Department)
                continue;
            const qint64 target = containers[rng.bounded(int(containers.size()))];
            if (target == dept || reg->units().subtreeIds(dept).contains(target))
                continue;
            u.parentId = target;
            reg->units().update(u);
        } else {
            const qint64 unit = units[rng.bounded(int(units.size()))];
            if (rng.bounded(4) == 0) {
                setUnit(db, unit, "deleted_at",
                        rng.bounded(2) ? QVariant(QStringLiteral("2024-01-01T00:00:00Z"))
                                       : QVariant(QMetaType(QMetaType::QString)));
            } else {
                setUnit(db, unit, "parent_id", containers[rng.bounded(int(containers.size()))]);
            }
        }
    }
    tx.commit();

    const IncidentStatistics stats(db);
    std::vector<qint64> scopes{root};
    scopes.insert(scopes.end(), containers.begin(), containers.end());
    scopes.insert(scopes.end(), units.begin(), units.begin() + 10);
    for (const qint64 scope : scopes) {
        INFO("scope " << scope);
        for (int p = 0; p < 4; ++p) {
            const QDate from = d(2020, 12, 1).addDays(rng.bounded(4 * 365));
            const QDate to = from.addDays(rng.bounded(800));
            INFO("period " << from.toString(Qt::ISODate).toStdString() << " .. "
                           << to.toString(Qt::ISODate).toStdString());
            CHECK(stats.perKind(scope, from, to) == plainCount(db, scope, from, to));
        }
        const auto quarters = stats.perQuarter(scope, Quarter{2021, 1}, Quarter{2024, 4});
        for (const QuarterIncidents& q : quarters)
            CHECK(q.counts == plainCount(db, scope, q.quarter.firstDay(), q.quarter.lastDay()));
        KindCounts sum;
        for (const UnitIncidents& row : stats.perUnit(scope, d(2021, 3, 3), d(2024, 10, 10)))
            sum += row.counts;
        CHECK(sum == plainCount(db, scope, d(2021, 3, 3), d(2024, 10, 10)));
    }
}

TEST_CASE("a register migrated from version 4 gets the closure of the tree it has",
          "[incident][statistics][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.sakra"));
    {
        Database db;
        db.createAtVersion(path, 4);
        auto unit = [&](const char* kind, const char* name, qint64 parent, const char* deleted = nullptr) {
            Query q(db, QStringLiteral("INSERT INTO org_unit (uuid, created_at, updated_at, updated_by, "
                                       "parent_id, kind, name, deleted_at) "
                                       "VALUES (?, 'x', 'x', 'x', ?, ?, ?, ?)"));
            q.bind(QUuid::createUuid().toString(QUuid::WithoutBraces))
                .bind(parent ? QVariant(parent) : QVariant(QMetaType(QMetaType::LongLong)))
                .bind(QLatin1String(kind))
                .bind(QString::fromUtf8(name))
                .bind(deleted ? QVariant(QLatin1String(deleted)) : QVariant(QMetaType(QMetaType::QString)))
                .exec();
            return q.lastInsertId();
        };
        const qint64 root = unit("municipality", "Gamla kommun", 0);
        const qint64 board = unit("board", "Nämnden", root);
        const qint64 admin = unit("administration", "Förvaltningen", board);
        unit("unit", "Enheten", admin);
        unit("unit", "Nedlagd enhet", admin, "2023-01-01T00:00:00Z");
    }
    auto reg = Register::open(path);
    Database& db = reg->database();
    CHECK(Query(db, QStringLiteral("SELECT count(*) FROM unit_closure")).scalar().toInt() ==
          5 + 3 + 2 + 1 + 0 + 0 + 0);
    const qint64 unitId =
        Query(db, QStringLiteral("SELECT id FROM org_unit WHERE name = 'Enheten'")).scalar().toLongLong();
    const qint64 gone = Query(db, QStringLiteral("SELECT id FROM org_unit WHERE name = 'Nedlagd enhet'"))
                            .scalar()
                            .toLongLong();
    addIncident(db, unitId, d(2024, 2, 2), "threat");
    addIncident(db, gone, d(2024, 2, 2), "threat");
    const IncidentStatistics stats(db);
    const qint64 root = reg->units().root()->id;
    CHECK(stats.perKind(root, d(2024, 1, 1), d(2024, 12, 31)).total() == 1);
    CHECK(stats.perKind(root, d(2024, 1, 1), d(2024, 12, 31)) ==
          plainCount(db, root, d(2024, 1, 1), d(2024, 12, 31)));
}

TEST_CASE("units written as the importer writes them (parents set afterwards) get a complete closure",
          "[incident][statistics]")
{
    TestRegister reg;
    Database& db = reg->database();
    auto unit = [&](const char* kind, const char* name) {
        Query q(db,
                QStringLiteral("INSERT INTO org_unit (uuid, created_at, updated_at, updated_by, kind, name) "
                               "VALUES (?, 'x', 'x', 'x', ?, ?)"));
        q.bind(QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(QLatin1String(kind))
            .bind(QString::fromUtf8(name))
            .exec();
        return q.lastInsertId();
    };
    const qint64 root = unit("municipality", "Kommunen");
    const qint64 leaf = unit("unit", "Enheten");
    const qint64 dept = unit("department", "Avdelningen");
    const qint64 admin = unit("administration", "Förvaltningen");
    addIncident(db, leaf, d(2024, 1, 1), "threat");
    // Children first, as the rows happen to come in the file.
    setUnit(db, leaf, "parent_id", dept);
    setUnit(db, dept, "parent_id", admin);
    setUnit(db, admin, "parent_id", root);
    const IncidentStatistics stats(db);
    for (const qint64 scope : {root, admin, dept, leaf})
        CHECK(stats.perKind(scope, d(2024, 1, 1), d(2024, 3, 31)).total() == 1);
    CHECK(Query(db, QStringLiteral("SELECT depth FROM unit_closure WHERE ancestor_id = ? AND unit_id = ?"))
              .bind(root)
              .bind(leaf)
              .scalar()
              .toInt() == 3);
}
