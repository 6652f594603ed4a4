// Seed 003's organisation and budget: an administration that serves two boards, planned posts
// with a yearly cost and a paying board, and posts outside the three levels.
#include "ReportModelSupport.h"
#include "TestRegister.h"
#include "report/ReportBuilder.h"

#include <catch2/catch.hpp>

using namespace sakra;
using namespace sakra::report;

namespace {

struct Seed003 : TopFixture
{
    Seed003() : TopFixture(QStringLiteral("Kommunstyrelsen"), QStringLiteral("Kommunledningsförvaltningen"))
    {
        son = reg.unit(UnitKind::Board, QStringLiteral("Social- och omsorgsnämnden"), root);
        aen = reg.unit(UnitKind::Board, QStringLiteral("Äldrenämnden"), root);
        sof =
            reg.unit(UnitKind::Administration, QStringLiteral("Social- och omsorgsförvaltningen"), son, son);
        home = reg.unit(UnitKind::Unit, QStringLiteral("Hemtjänsten"), sof);
    }

    qint64 plan(qint64 unit, SecurityLevel level, int posts, int cost, const QString& title = {},
                qint64 payer = 0)
    {
        PlannedPost p;
        p.unitId = unit;
        p.level = level;
        p.posts = posts;
        p.yearlyCostKr = cost;
        p.title = title;
        p.boardId = payer;
        return reg->plannedPosts().create(p);
    }

    void allocate(qint64 board, qint64 kr)
    {
        BudgetLine line;
        line.boardId = board;
        line.year = 2026;
        line.amountKr = kr;
        reg->budget().create(line);
    }

    qint64 son = 0, aen = 0, sof = 0, home = 0;
};

} // namespace

TEST_CASE("an administration may report to further boards, checked and undone", "[organisation][boards]")
{
    Seed003 f;
    UnitBoardRepository& links = f.reg->unitBoards();
    const QString uuid = links.find(links.link(f.sof, f.aen))->uuid;
    CHECK(links.boardsOf(f.sof) == QList<qint64>{f.aen});
    CHECK(links.unitsAlsoUnder(f.aen) == QList<qint64>{f.sof});
    CHECK(links.unitsAlsoUnder(f.son).isEmpty());

    requireInvalid(
        f.reg, [&] { links.link(f.sof, f.aen); }, "board_id", "redan");
    requireInvalid(
        f.reg, [&] { links.link(f.sof, f.son); }, "board_id", "egen nämnd");
    requireInvalid(
        f.reg, [&] { links.link(f.home, f.aen); }, "unit_id", "förvaltningar och bolag");
    requireInvalid(
        f.reg, [&] { links.link(f.sof, f.admin); }, "board_id", "ingen nämnd");
    requireInvalid(
        f.reg, [&] { links.link(f.sof, 999); }, "board_id", "nämnd");
    // A board with an administration reporting to it stays until the link goes.
    requireInvalid(
        f.reg, [&] { f.reg->units().remove(f.aen); }, "id", "rapporterar också till nämnden");

    links.setBoards(f.sof, {});
    CHECK(links.boardsOf(f.sof).isEmpty());
    CHECK(f.reg->history().entriesFor(uuid).size() == 2); // made, then removed
    links.setBoards(f.sof, {f.aen});
    CHECK(links.boardsOf(f.sof) == QList<qint64>{f.aen});
}

TEST_CASE("planned posts carry a cost, a paying board and related posts by name", "[organisation][posts]")
{
    Seed003 f;
    f.plan(f.admin, SecurityLevel::Strategic, 3, 950'000);
    f.plan(f.admin, SecurityLevel::Related, 1, 750'000, QStringLiteral("Handläggare bakgrundskontroll"));
    f.plan(f.admin, SecurityLevel::Related, 1, PlannedPost::kNotCosted,
           QStringLiteral("Registrator H-diariet"));
    f.plan(f.sof, SecurityLevel::Tactical, 1, 800'000);
    f.plan(f.sof, SecurityLevel::Tactical, 1, 800'000, QString(), f.aen);
    f.plan(f.sof, SecurityLevel::Operational, 4, PlannedPost::kNotCosted);
    f.reg->unitBoards().link(f.sof, f.aen);
    // The same level, title and payer twice is one row to change.
    requireInvalid(
        f.reg, [&] { f.plan(f.sof, SecurityLevel::Tactical, 2, 1); }, "level", "redan planerade");

    const auto lines = f.reg->staffing().overview(QDate(2026, 6, 1));
    REQUIRE(lines.size() == 6);
    const auto line = [&](qint64 unit, SecurityLevel level, const QString& title, qint64 payer) {
        const auto it = std::find_if(lines.begin(), lines.end(), [&](const StaffingLine& l) {
            return l.unitId == unit && l.level == level && l.title == title && l.payingBoardId == payer;
        });
        REQUIRE(it != lines.end());
        return *it;
    };
    const StaffingLine checks =
        line(f.admin, SecurityLevel::Related, QStringLiteral("Handläggare bakgrundskontroll"), 0);
    CHECK(checks.postText() == QStringLiteral("Handläggare bakgrundskontroll"));
    CHECK(checks.totalCostKr() == 750'000);
    CHECK_FALSE(line(f.admin, SecurityLevel::Related, QStringLiteral("Registrator H-diariet"), 0).isCosted());
    CHECK(line(f.admin, SecurityLevel::Strategic, QString(), 0).totalCostKr() == 2'850'000);
    const StaffingLine paid = line(f.sof, SecurityLevel::Tactical, QString(), f.aen);
    CHECK(paid.payingBoardName == QStringLiteral("Äldrenämnden"));
    CHECK(paid.boardName == QStringLiteral("Social- och omsorgsnämnden, Äldrenämnden"));

    // The elderly board's scope holds the administration it shares, and only that.
    const auto aenLines = f.reg->staffing().overview(QDate(2026, 6, 1), f.aen);
    CHECK(aenLines.size() == 3);
    for (const StaffingLine& l : aenLines)
        CHECK(l.unitId == f.sof);

    f.allocate(f.board, 4'100'000);
    f.allocate(f.aen, 500'000);
    const auto costs = f.reg->staffing().costPerBoard(2026);
    const auto cost = [&](qint64 board) {
        const auto it = std::find_if(costs.begin(), costs.end(),
                                     [&](const BoardPostCost& c) { return c.boardId == board; });
        REQUIRE(it != costs.end());
        return *it;
    };
    CHECK(cost(f.board).postsCostKr == 2'850'000 + 750'000);
    CHECK(cost(f.board).postsNotCosted == 1);
    CHECK(cost(f.board).remainingKr() == 4'100'000 - 3'600'000);
    CHECK(cost(f.aen).postsCostKr == 800'000);
    CHECK(cost(f.aen).remainingKr() == -300'000);
    CHECK(cost(f.son).postsCostKr == 800'000);
    CHECK_FALSE(cost(f.son).hasAllocation());
    CHECK(cost(f.son).postsNotCosted == 4);
    // No allocation for the year: the posts still count.
    CHECK(f.reg->staffing().costPerBoard(2025).size() == 3);
}

TEST_CASE("the organisation report shows the posts' cost against each board's allocation",
          "[report][organisation][posts]")
{
    Seed003 f;
    f.plan(f.admin, SecurityLevel::Strategic, 2, 900'000);
    f.plan(f.sof, SecurityLevel::Tactical, 1, 800'000, QString(), f.aen);
    f.plan(f.sof, SecurityLevel::Operational, 2, PlannedPost::kNotCosted);
    f.reg->unitBoards().link(f.sof, f.aen);
    f.allocate(f.board, 4'100'000);
    f.allocate(f.aen, 1'200'000);

    ReportRequest r;
    r.kind = ReportKind::Organisation;
    r.documentDate = QDate(2026, 5, 20);
    ReportDocument doc = ReportBuilder::build(*f.reg, r);
    const Table* costs = reportcheck::tableWithColumn(doc, QStringLiteral("Tjänsternas kostnad"));
    REQUIRE(costs);
    QStringList rows;
    for (const TableRow& row : costs->rows)
        rows << reportcheck::plain(row.cells.join(QLatin1Char('|')));
    CHECK(rows.contains(QStringLiteral("Kommunstyrelsen|4 100 000 kr|1 800 000 kr|2 300 000 kr|–")));
    CHECK(rows.contains(QStringLiteral("Äldrenämnden|1 200 000 kr|800 000 kr|400 000 kr|–")));
    CHECK(rows.contains(QStringLiteral("Social- och omsorgsnämnden|ingen ram|0 kr|–|2")));
    reportcheck::checkTotals(*costs, Language::Swedish);
    const QString text = reportcheck::allText(doc);
    CHECK(text.contains(QStringLiteral("Tjänsternas kostnad mot ramen")));
    CHECK(text.contains(QStringLiteral("Taktisk nivå, betalas av Äldrenämnden")));
    CHECK(text.contains(QStringLiteral("2 planerade tjänster är ej kostnadsberäknade")));

    // To the elderly board: the administration it shares, its posts and its allocation only.
    r.scopeUnitId = f.aen;
    doc = ReportBuilder::build(*f.reg, r);
    const QString board = reportcheck::allText(doc);
    CHECK(board.contains(QStringLiteral("Social- och omsorgsförvaltningen")));
    const Table* boardCosts = reportcheck::tableWithColumn(doc, QStringLiteral("Tjänsternas kostnad"));
    REQUIRE(boardCosts);
    // The elderly board and the shared administration's own board, with their total.
    REQUIRE(boardCosts->rows.size() == 3);
    CHECK(boardCosts->rows[0].cells.value(0) == QStringLiteral("Social- och omsorgsnämnden"));
    CHECK(boardCosts->rows[1].cells.value(0) == QStringLiteral("Äldrenämnden"));
    CHECK(boardCosts->rows[2].kind == TableRow::Kind::Total);
}

TEST_CASE("a board's self-assessment rolls up the administrations that also report to it",
          "[assessment][boards]")
{
    Seed003 f;
    f.reg->unitBoards().link(f.sof, f.aen);
    const Assessment a = f.reg->assessment().assess(0, QDate::currentDate());
    const auto board = [&](qint64 id) {
        return std::find_if(a.boards.begin(), a.boards.end(),
                            [&](const GroupAssessment& g) { return g.unitId == id; });
    };
    REQUIRE(board(f.aen) != a.boards.end());
    CHECK(board(f.aen)->units == 1);
    REQUIRE(board(f.son) != a.boards.end());
    CHECK(board(f.son)->units == 1);
}
