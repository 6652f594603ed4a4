#include "TestRegister.h"

#include <QLocale>
#include <catch2/catch.hpp>

using namespace sakra;

TEST_CASE("the staffing gap is planned posts less the filled share of full time", "[staffing]")
{
    StaffingLine line;
    line.plannedPosts = 2;
    line.filledPercent = 150;
    CHECK(line.gapPercent() == 50);
    CHECK(line.hasGap());
    line.filledPercent = 200;
    CHECK(line.gapPercent() == 0);
    CHECK_FALSE(line.hasGap());
    line.filledPercent = 250;
    CHECK(line.gapPercent() == -50);
    CHECK_FALSE(line.hasGap());
    line.plannedPosts = 0;
    line.filledPercent = 0;
    CHECK(line.gapPercent() == 0);

    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    CHECK(StaffingLine::postsText(100) == QStringLiteral("1"));
    CHECK(StaffingLine::postsText(150) == QStringLiteral("1,5"));
    CHECK(StaffingLine::postsText(25) == QStringLiteral("0,25"));
    CHECK(StaffingLine::postsText(-50).endsWith(QStringLiteral("0,5"))); // the locale's minus sign
    CHECK(StaffingLine::postsText(-50).size() == 4);
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("staffing counts active assignments at and below each administration", "[staffing]")
{
    TestRegister reg;
    const auto [root, board, admin] = reg.top(QStringLiteral("Nämnden"), QStringLiteral("Förvaltningen"));
    const qint64 other =
        reg.unit(UnitKind::Administration, QStringLiteral("Andra förvaltningen"), board, board);
    const qint64 dept = reg.unit(UnitKind::Department, QStringLiteral("Avdelningen"), admin);
    const qint64 unit = reg.unit(UnitKind::Unit, QStringLiteral("Enheten"), dept);

    for (auto [level, posts] :
         {std::pair{SecurityLevel::Tactical, 2}, std::pair{SecurityLevel::Operational, 3}}) {
        PlannedPost p;
        p.unitId = admin;
        p.level = level;
        p.posts = posts;
        reg->plannedPosts().create(p);
    }
    auto assign = [&](const char* role, qint64 at, QDate from, QDate to, int fte) {
        Person p;
        p.name = QStringLiteral("Person %1").arg(reg->people().count() + 1);
        Assignment a;
        a.personId = reg->people().create(p);
        a.roleId = reg.roleId(QLatin1String(role));
        a.unitId = at;
        a.startDate = from;
        a.endDate = to;
        a.ftePercent = fte;
        reg->assignments().create(a);
    };
    const QDate day(2026, 6, 15);
    assign("security_coordinator", admin, QDate(2024, 1, 1), QDate(), 100);
    assign("security_coordinator", admin, QDate(2026, 1, 1), QDate(2026, 6, 15), 50); // ends that day: counts
    assign("security_coordinator", admin, QDate(2020, 1, 1), QDate(2026, 6, 14),
           100);                                                             // ended: does not count
    assign("security_coordinator", admin, QDate(2026, 6, 16), QDate(), 100); // not started: does not count
    assign("security_representative", unit, QDate(2025, 1, 1), QDate(), 10); // below the administration
    assign("security_representative", dept, QDate(2025, 1, 1), QDate(), 10);
    assign("security_coordinator", other, QDate(2025, 1, 1), QDate(), 100); // unplanned: surplus

    const auto lines = reg->staffing().overview(day);
    auto find = [&](qint64 id, SecurityLevel level) {
        auto it = std::find_if(lines.begin(), lines.end(),
                               [&](const StaffingLine& l) { return l.unitId == id && l.level == level; });
        REQUIRE(it != lines.end());
        return *it;
    };
    const StaffingLine tactical = find(admin, SecurityLevel::Tactical);
    CHECK(tactical.plannedPosts == 2);
    CHECK(tactical.filledPercent == 150);
    CHECK(tactical.people == 2);
    CHECK(tactical.gapPercent() == 50);
    CHECK(tactical.boardName == QStringLiteral("Nämnden"));
    const StaffingLine operational = find(admin, SecurityLevel::Operational);
    CHECK(operational.filledPercent == 20);
    CHECK(operational.gapPercent() == 280);
    const StaffingLine surplus = find(other, SecurityLevel::Tactical);
    CHECK(surplus.plannedPosts == 0);
    CHECK(surplus.gapPercent() == -100);
    // Levels with nothing planned and nobody assigned are left out.
    CHECK(std::none_of(lines.begin(), lines.end(),
                       [&](const StaffingLine& l) { return l.level == SecurityLevel::Strategic; }));

    // A scope keeps only its own administrations.
    const auto scoped = reg->staffing().overview(day, other);
    REQUIRE(scoped.size() == 1);
    CHECK(scoped[0].unitId == other);
    CHECK(reg->staffing().overview(day, dept).empty());
}

TEST_CASE("the demo municipality shows the gaps a coordinator would look for", "[staffing][demo]")
{
    TestRegister reg(true);
    const auto lines = reg->staffing().overview(QDate(2026, 11, 22));
    // An administration's tactical posts, on one line or split by the board that pays for them.
    auto tactical = [&](const char* name) {
        StaffingLine sum;
        int found = 0;
        for (const StaffingLine& l : lines)
            if (l.unitName == QString::fromUtf8(name) && l.level == SecurityLevel::Tactical) {
                sum.plannedPosts += l.plannedPosts;
                sum.filledPercent += l.filledPercent;
                sum.level = l.level;
                ++found;
            }
        REQUIRE(found > 0);
        return sum;
    };
    CHECK(tactical("Utbildningsförvaltningen").gapPercent() == 100);        // 1 of 2
    CHECK(tactical("Social- och omsorgsförvaltningen").gapPercent() == 50); // 1.5 of 2
    CHECK(tactical("Kultur- och fritidsförvaltningen").gapPercent() == 50); // half time
    CHECK(tactical("Lindvalla Kommunfastigheter AB").gapPercent() == 100);  // 1 of 2
    CHECK(tactical("Kommunledningsförvaltningen").gapPercent() == 0);

    // Split lines fill in order: the administration's own post first, then the one another board
    // pays for, so the gap shows on the post still missing.
    const auto shared = std::find_if(lines.begin(), lines.end(), [](const StaffingLine& l) {
        return l.unitName == QStringLiteral("Utbildningsförvaltningen") && l.payingBoardId != 0;
    });
    REQUIRE(shared != lines.end());
    CHECK(shared->payingBoardName == QStringLiteral("Bildningsnämnden"));
    CHECK(shared->gapPercent() == 100);
}
