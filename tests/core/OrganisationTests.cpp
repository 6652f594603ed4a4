#include "TestRegister.h"

#include <catch2/catch.hpp>
#include <functional>

using namespace sakra;

TEST_CASE("the organisation tree is read level by level", "[organisation]")
{
    TestRegister reg;
    const qint64 root = reg.unit(UnitKind::Municipality, QStringLiteral("Kommunen"), 0);
    const qint64 b = reg.unit(UnitKind::Board, QStringLiteral("Barn- och ungdomsnämnden"), root);
    const qint64 a = reg.unit(UnitKind::Board, QStringLiteral("Arbetsmarknadsnämnden"), root);
    const qint64 admin = reg.unit(UnitKind::Administration, QStringLiteral("Utbildningsförvaltningen"), b, b);
    const qint64 dept = reg.unit(UnitKind::Department, QStringLiteral("Grundskola"), admin);
    const qint64 school = reg.unit(UnitKind::Unit, QStringLiteral("Ekbackens skola"), dept);

    const auto top = reg->units().children(0);
    REQUIRE(top.size() == 1);
    CHECK(top[0].unit.id == root);
    CHECK(top[0].hasChildren);
    const auto boards = reg->units().children(root);
    REQUIRE(boards.size() == 2);
    CHECK(boards[0].unit.id == a); // by name
    CHECK_FALSE(boards[0].hasChildren);
    CHECK(boards[1].hasChildren);
    CHECK(reg->units().subtreeIds(admin) == QList<qint64>{admin, dept, school});
    CHECK(
        reg->units().path(school) ==
        QStringLiteral(
            "Kommunen › Barn- och ungdomsnämnden › Utbildningsförvaltningen › Grundskola › Ekbackens skola"));

    // A scope can be narrowed to every unit, a school too, in tree order.
    QStringList scopes;
    for (const auto& [unit, depth] : reg->units().scopeCandidates())
        scopes << QStringLiteral("%1:%2").arg(depth).arg(unit.name);
    CHECK(scopes == QStringList{QStringLiteral("0:Kommunen"), QStringLiteral("1:Arbetsmarknadsnämnden"),
                                QStringLiteral("1:Barn- och ungdomsnämnden"),
                                QStringLiteral("2:Utbildningsförvaltningen"), QStringLiteral("3:Grundskola"),
                                QStringLiteral("4:Ekbackens skola")});

    // A removed unit leaves the tree; its parent no longer has children.
    reg->units().remove(school);
    CHECK_FALSE(reg->units().children(admin)[0].hasChildren);
}

TEST_CASE("the names of live units are read by id in one go", "[organisation]")
{
    TestRegister reg;
    const qint64 root = reg.unit(UnitKind::Municipality, QStringLiteral("Kommunen"), 0);
    const qint64 board = reg.unit(UnitKind::Board, QStringLiteral("Kulturnämnden"), root);
    const qint64 gone = reg.unit(UnitKind::Board, QStringLiteral("Valnämnden"), root);
    reg->units().remove(gone);

    const QHash<qint64, QString> names = reg->units().names();
    CHECK(names.size() == 2);
    CHECK(names.value(root) == QStringLiteral("Kommunen"));
    CHECK(names.value(board) == QStringLiteral("Kulturnämnden"));
    CHECK_FALSE(names.contains(gone));
}

TEST_CASE("units can be moved but never under themselves", "[organisation]")
{
    TestRegister reg;
    const auto [root, board, admin] = reg.top(QStringLiteral("Nämnden"), QStringLiteral("Förvaltningen"));
    const qint64 d1 = reg.unit(UnitKind::Department, QStringLiteral("Avdelning 1"), admin);
    const qint64 d2 = reg.unit(UnitKind::Department, QStringLiteral("Avdelning 2"), d1);

    OrgUnit moved = reg->units().get(d2);
    moved.parentId = admin;
    reg->units().update(moved);
    CHECK(reg->units().get(d2).parentId == admin);

    OrgUnit loop = reg->units().get(d1);
    loop.parentId = d1;
    CHECK_THROWS_WITH(reg->units().update(loop), Catch::Contains("under sig själv"));
    const qint64 d3 = reg.unit(UnitKind::Department, QStringLiteral("Avdelning 3"), d1);
    loop = reg->units().get(d1);
    loop.parentId = d3;
    CHECK_THROWS_WITH(reg->units().update(loop), Catch::Contains("under sig själv"));
    CHECK(reg->units().get(d1).parentId == admin);
}

TEST_CASE("a unit others depend on cannot be removed", "[organisation]")
{
    TestRegister reg(true);
    const auto admins = reg->units().ofKinds({UnitKind::Administration});
    const OrgUnit admin = *std::find_if(admins.begin(), admins.end(), [](const OrgUnit& u) {
        return u.name == QStringLiteral("Integrations- och arbetsmarknadsförvaltningen");
    });
    CHECK_THROWS_WITH(reg->units().remove(admin.id), Catch::Contains("underenhet"));
    const OrgUnit board = reg->units().get(admin.boardId);
    CHECK_THROWS_WITH(reg->units().remove(board.id), Catch::Contains("underenhet"));
    CHECK(reg->units().find(admin.id));

    // A leaf unit with a person in it: the person must be moved first.
    Person p;
    p.name = QStringLiteral("Test Person");
    const qint64 leaf = reg.unit(UnitKind::Unit, QStringLiteral("Tom enhet"), admin.id);
    p.unitId = leaf;
    const qint64 pid = reg->people().create(p);
    CHECK_THROWS_WITH(reg->units().remove(leaf), Catch::Contains("person"));
    reg->people().remove(pid);
    reg->units().remove(leaf);
    CHECK_FALSE(reg->units().find(leaf));
}

TEST_CASE("sites are shared by several units", "[organisation]")
{
    TestRegister reg(true);
    const auto sites = reg->sites().all();
    const Site larcentrum = *std::find_if(sites.begin(), sites.end(), [](const Site& s) {
        return s.name.startsWith(QStringLiteral("Lärcentrum"));
    });
    const auto units = reg->units().ofKinds({UnitKind::Department});
    int atLarcentrum = 0;
    for (const OrgUnit& u : units)
        for (const Site& s : reg->sites().ofUnit(u.id))
            atLarcentrum += s.id == larcentrum.id;
    CHECK(atLarcentrum == 2); // Vuxenutbildning and Arbetsmarknad share premises
    CHECK_THROWS_WITH(reg->sites().remove(larcentrum.id), Catch::Contains("enhet"));
}

TEST_CASE("the demo municipality is true to the Linköping decision", "[organisation][demo]")
{
    TestRegister reg(true);
    CHECK(reg->units().ofKinds({UnitKind::Board}).size() == 8);
    CHECK(reg->units().ofKinds({UnitKind::Administration}).size() == 8);
    CHECK(reg->units().ofKinds({UnitKind::Company}).size() == 1);
    CHECK(reg->budget().totalForYear(2022) == 10'500'000);
    int coordinators = 0;
    for (const PlannedPost& p : reg->plannedPosts().all())
        if (p.level == SecurityLevel::Tactical)
            coordinators += p.posts;
    CHECK(coordinators == 12);
    // Every administration and the company names the board it reports to, and has a profile.
    for (const OrgUnit& u : reg->units().ofKinds({UnitKind::Administration, UnitKind::Company})) {
        INFO(u.name.toStdString());
        CHECK(reg->units().get(u.boardId).kind == UnitKind::Board);
        CHECK(reg->profileAreas().ofUnit(u.id).size() >= 3);
    }
    CHECK(reg->database().integrityProblem().isEmpty());
}

TEST_CASE("the scope list walks the whole tree in the order the tree shows it", "[organisation]")
{
    TestRegister reg(true);
    // Siblings whose names differ only in case, or are a prefix of another's, keep the tree's order.
    const qint64 root = reg->units().root()->id;
    reg.unit(UnitKind::Board, QStringLiteral("enhet"), root);
    reg.unit(UnitKind::Board, QStringLiteral("Enhet B"), root);
    reg.unit(UnitKind::Board, QStringLiteral("ENHET"), root);

    QStringList walked;
    std::function<void(qint64, int)> walk = [&](qint64 parent, int depth) {
        for (const OrgUnitNode& node : reg->units().children(parent)) {
            walked << QStringLiteral("%1:%2").arg(depth).arg(node.unit.id);
            walk(node.unit.id, depth + 1);
        }
    };
    walk(0, 0);
    QStringList scopes;
    for (const auto& [unit, depth] : reg->units().scopeCandidates())
        scopes << QStringLiteral("%1:%2").arg(depth).arg(unit.id);
    CHECK(scopes == walked);
    // Every unit of the demo is there, the units at the bottom of the tree too.
    CHECK(scopes.size() == reg->units().subtreeIds(root).size());
    CHECK(reg->units().ofKinds({UnitKind::Unit}).size() > 10);
}
