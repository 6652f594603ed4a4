#include "TestRegister.h"
#include "exchange/ImportError.h"
#include "exchange/JsonExporter.h"
#include "exchange/JsonImporter.h"
#include "storage/Query.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <catch2/catch.hpp>

using namespace sakra;

namespace {

// A square matrix of size n with levels starting at the given scores.
RiskMatrix squareMatrix(int n, std::vector<int> thresholds)
{
    RiskMatrix m = RiskMatrix::standard();
    m.resize(n, n);
    std::vector<RiskMatrix::Level> levels;
    const char* names[] = {"Låg", "Medel", "Hög", "Mycket hög"};
    const QColor colours[] = {Qt::green, Qt::yellow, QColor(255, 152, 0), Qt::red};
    for (std::size_t i = 0; i < thresholds.size(); ++i)
        levels.push_back({{QString::fromUtf8(names[i]), QString()}, colours[i], thresholds[i]});
    m.setLevels(levels);
    return m;
}

struct RiskFixture
{
    TestRegister reg;
    qint64 unit = 0;
    qint64 owner = 0;
    qint64 category = 0;

    RiskFixture()
    {
        const auto [root, board, admin] = reg.top(QStringLiteral("Nämnden"), QStringLiteral("Förvaltningen"));
        unit = reg.unit(UnitKind::Unit, QStringLiteral("Mottagningen"), admin);
        owner = reg.person(QStringLiteral("Eva Ek"), unit);
        category = reg->riskCategories().all().front().id;
    }

    Risk risk(int l, int c) const
    {
        Risk r;
        r.unitId = unit;
        r.ownerId = owner;
        r.categoryId = category;
        r.title = QStringLiteral("Hot i receptionen");
        r.likelihood = l;
        r.consequence = c;
        r.assessedOn = QDate(2026, 1, 15);
        r.reviewMonths = 12;
        return r;
    }
};

// A risk's likelihood, consequence and level (the grade), before or after its measures.
struct Grades
{
    int likelihood;
    int consequence;
    int level;
};

void checkGrades(const Risk& r, const Grades& inherent, const Grades& residual)
{
    CHECK(r.likelihood == inherent.likelihood);
    CHECK(r.consequence == inherent.consequence);
    CHECK(r.level == inherent.level);
    CHECK(r.residualLikelihood == residual.likelihood);
    CHECK(r.residualConsequence == residual.consequence);
    CHECK(r.residualLevel == residual.level);
}
} // namespace

TEST_CASE("the standard matrix is 5x5 with four levels", "[risk][matrix]")
{
    const RiskMatrix m = RiskMatrix::standard();
    CHECK(m.likelihoodSize() == 5);
    CHECK(m.consequenceSize() == 5);
    CHECK(m.problem().isEmpty());
    CHECK(m.levelOf(1, 1) == 0);
    CHECK(m.levelOf(2, 2) == 0);  // 4
    CHECK(m.levelOf(1, 5) == 1);  // 5
    CHECK(m.levelOf(3, 3) == 1);  // 9
    CHECK(m.levelOf(2, 5) == 2);  // 10
    CHECK(m.levelOf(4, 4) == 2);  // 16
    CHECK(m.levelOf(3, 6) == -1); // outside
    CHECK(m.levelOf(5, 4) == 3);  // 20
    CHECK(m.levelOf(5, 5) == 3);
    CHECK(m.levelOf(0, 3) == -1);
    CHECK(RiskMatrix::fromJson(m.toJson()) == m);
}

TEST_CASE("levels are computed for every matrix size from 3x3 to 6x6", "[risk][matrix]")
{
    for (int n = RiskMatrix::kMinSize; n <= RiskMatrix::kMaxSize; ++n) {
        INFO("size " << n);
        // Thresholds at a third and two thirds of the highest score.
        const int max = n * n;
        const RiskMatrix m = squareMatrix(n, {1, max / 3 + 1, 2 * max / 3 + 1});
        REQUIRE(m.problem().isEmpty());
        for (int l = 1; l <= n; ++l)
            for (int c = 1; c <= n; ++c) {
                const int score = l * c;
                const int expected = score > 2 * max / 3 ? 2 : score > max / 3 ? 1 : 0;
                CHECK(m.levelOf(l, c) == expected);
            }
        CHECK(m.levelOf(n + 1, 1) == -1);
        CHECK(m.levelOf(1, n + 1) == -1);
    }
}

TEST_CASE("a bad matrix configuration is refused with a clear message", "[risk][matrix][validation]")
{
    RiskMatrix m = RiskMatrix::standard();
    m.resize(2, 5);
    CHECK(m.problem().contains(QStringLiteral("mellan 3 och 6")));
    m = RiskMatrix::standard();
    m.resize(7, 7);
    CHECK(m.problem().contains(QStringLiteral("mellan 3 och 6")));
    m = squareMatrix(5, {1, 10, 8});
    CHECK(m.problem().contains(QStringLiteral("stiga")));
    m = squareMatrix(5, {2, 10});
    CHECK(m.problem().contains(QStringLiteral("poäng 1")));
    m = squareMatrix(3, {1, 10});
    CHECK(m.problem().contains(QStringLiteral("högsta rutan ger 9")));
    m = RiskMatrix::standard();
    m.setDimensions({{QStringLiteral("life"), {QStringLiteral("Liv och hälsa"), {}}},
                     {QStringLiteral("life"), {QStringLiteral("Liv"), {}}}});
    CHECK(m.problem().contains(QStringLiteral("två gånger")));
    CHECK_THROWS_AS(RiskMatrix::fromJson("{nonsense"), ValidationError);

    RiskFixture f;
    CHECK_THROWS_WITH(f.reg->riskMatrix().save(squareMatrix(5, {1, 10, 8})), Catch::Contains("stiga"));
    CHECK(f.reg->riskMatrix().current() == RiskMatrix::standard());
}

TEST_CASE("with several consequence dimensions the worst one counts", "[risk][matrix]")
{
    RiskFixture f;
    RiskMatrix m = RiskMatrix::standard();
    m.setDimensions(
        {{QStringLiteral("life"), {QStringLiteral("Liv och hälsa"), QStringLiteral("Life and health")}},
         {QStringLiteral("operations"), {QStringLiteral("Verksamhet"), QStringLiteral("Operations")}},
         {QStringLiteral("property"), {QStringLiteral("Egendom"), QStringLiteral("Property")}},
         {QStringLiteral("trust"), {QStringLiteral("Förtroende"), QStringLiteral("Trust")}}});
    f.reg->riskMatrix().save(m);

    Risk r = f.risk(4, 1);
    r.consequenceByDimension = {{QStringLiteral("life"), 2},
                                {QStringLiteral("operations"), 5},
                                {QStringLiteral("property"), 1},
                                {QStringLiteral("trust"), 3}};
    const Risk stored = f.reg->risks().get(f.reg->risks().create(r));
    CHECK(stored.consequence == 5);
    CHECK(stored.level == m.levelOf(4, 5));
    CHECK(stored.consequenceByDimension.value(QStringLiteral("operations")) == 5);

    Risk missing = r;
    missing.consequenceByDimension.remove(QStringLiteral("trust"));
    requireInvalid(
        f.reg, [&] { f.reg->risks().create(missing); }, "consequence_detail", "Förtroende");
    Risk unknown = r;
    unknown.consequenceByDimension.insert(QStringLiteral("climate"), 2);
    requireInvalid(
        f.reg, [&] { f.reg->risks().create(unknown); }, "consequence_detail", "climate");
    Risk outOfRange = r;
    outOfRange.consequenceByDimension[QStringLiteral("life")] = 6;
    requireInvalid(
        f.reg, [&] { f.reg->risks().create(outOfRange); }, "consequence_detail", "mellan 1 och 5");
}

TEST_CASE("changing the matrix re-grades the risks and keeps their history", "[risk][matrix]")
{
    RiskFixture f;
    const qint64 low = f.reg->risks().create(f.risk(1, 2));
    Risk treated = f.risk(5, 5);
    treated.residualLikelihood = 3;
    treated.residualConsequence = 4;
    const qint64 high = f.reg->risks().create(treated);
    const qint64 middle = f.reg->risks().create(f.risk(3, 3));
    CHECK(f.reg->risks().get(high).level == 3);
    CHECK(f.reg->risks().get(middle).level == 1);

    SECTION("new thresholds on the same size")
    {
        const RiskMatrix m = squareMatrix(5, {1, 9, 20});
        CHECK(f.reg->riskMatrix().save(m) == 1); // only the high risk changes level (25 and 12)
        CHECK(f.reg->risks().get(low).level == 0);
        CHECK(f.reg->risks().get(middle).level == 1); // 9
        CHECK(f.reg->risks().get(high).level == 2);
        CHECK(f.reg->risks().get(high).residualLevel == 1); // 12
        bool recorded = false;
        for (const ChangeEntry& e : f.reg->history().entriesFor(f.reg->risks().uuidOf(high)))
            recorded |= e.field == QStringLiteral("level") && e.oldValue.toString() == QStringLiteral("3") &&
                        e.newValue.toString() == QStringLiteral("2");
        CHECK(recorded);
        // The matrix change itself is in the history too.
        const QString matrixUuid =
            Query(f.reg->database(), QStringLiteral("SELECT uuid FROM risk_matrix")).scalar().toString();
        CHECK(f.reg->history().entriesFor(matrixUuid).back().field == QStringLiteral("config"));
    }

    SECTION("a smaller matrix moves values to the step that covers them")
    {
        CHECK(RiskMatrix::rescale(1, 5, 3) == 1);
        CHECK(RiskMatrix::rescale(2, 5, 3) == 2);
        CHECK(RiskMatrix::rescale(3, 5, 3) == 2);
        CHECK(RiskMatrix::rescale(4, 5, 3) == 3);
        CHECK(RiskMatrix::rescale(5, 5, 3) == 3);
        CHECK(RiskMatrix::rescale(3, 3, 6) == 6);
        CHECK(RiskMatrix::rescale(1, 3, 6) == 2);
        f.reg->riskMatrix().save(squareMatrix(3, {1, 4, 7}));
        checkGrades(f.reg->risks().get(high), {3, 3, 2}, {2, 3, 1}); // residual 6
        const Risk m = f.reg->risks().get(middle);
        CHECK(m.likelihood == 2);
        CHECK(m.level == 1);
        CHECK(f.reg->risks().get(low).level == 0);
    }

    SECTION("a matrix change can be undone exactly")
    {
        const auto grades = f.reg->riskMatrix().grades();
        const RiskMatrix before = f.reg->riskMatrix().current();
        f.reg->riskMatrix().save(squareMatrix(3, {1, 4, 7}));
        f.reg->riskMatrix().restore(before, grades);
        CHECK(f.reg->riskMatrix().current() == before);
        checkGrades(f.reg->risks().get(high), {5, 5, 3}, {3, 4, 2});
        CHECK(f.reg->risks().get(middle).likelihood == 3);
    }
}

TEST_CASE("review dates follow the interval and overdue reviews stand out", "[risk][review]")
{
    RiskFixture f;
    Risk r = f.risk(3, 3);
    r.assessedOn = QDate(2025, 11, 30);
    r.reviewMonths = 3;
    Risk stored = f.reg->risks().get(f.reg->risks().create(r));
    CHECK(stored.nextReview == QDate(2026, 2, 28)); // month end
    CHECK_FALSE(stored.isReviewOverdue(QDate(2026, 2, 28)));
    CHECK(stored.isReviewOverdue(QDate(2026, 3, 1)));

    r.assessedOn = QDate(2024, 2, 29);
    r.reviewMonths = 12;
    const qint64 leap = f.reg->risks().create(r);
    CHECK(f.reg->risks().get(leap).nextReview == QDate(2025, 2, 28));

    r.assessedOn = QDate(2026, 6, 1);
    const qint64 fresh = f.reg->risks().create(r);
    Risk closed = f.risk(2, 2);
    closed.assessedOn = QDate(2020, 1, 1);
    closed.status = Risk::Status::Closed;
    f.reg->risks().create(closed);

    RiskQuery q;
    q.overdueOnly = true;
    q.today = QDate(2026, 3, 1);
    const auto overdue = f.reg->risks().list(q);
    REQUIRE(overdue.size() == 2); // the first two; the fresh one and the closed one are not overdue
    for (const RiskRow& row : overdue)
        CHECK(row.risk.id != fresh);
    CHECK(f.reg->risks().count(q) == 2);

    // Re-assessing moves the date on.
    stored.assessedOn = QDate(2026, 3, 1);
    f.reg->risks().update(stored);
    CHECK(f.reg->risks().count(q) == 1);
}

TEST_CASE("every risk field is validated with a clear message", "[risk][validation]")
{
    RiskFixture f;
    const Risk ok = f.risk(3, 3);
    auto with = [&](auto change) {
        Risk r = ok;
        change(r);
        return [&f, r] { f.reg->risks().create(r); };
    };
    requireInvalid(f.reg, with([](Risk& r) { r.title = QStringLiteral("  "); }), "title", "rubrik");
    requireInvalid(f.reg, with([](Risk& r) { r.title = QString(301, QLatin1Char('x')); }), "title",
                   "för lång");
    requireInvalid(f.reg, with([](Risk& r) { r.unitId = 0; }), "unit_id", "enhet");
    requireInvalid(f.reg, with([](Risk& r) { r.siteId = 4711; }), "site_id", "lokalen");
    requireInvalid(f.reg, with([](Risk& r) { r.inventoryId = 4711; }), "inventory_id", "riskinventeringen");
    requireInvalid(f.reg, with([](Risk& r) { r.categoryId = 4711; }), "category_id", "kategori");
    requireInvalid(f.reg, with([](Risk& r) { r.ownerId = 4711; }), "owner_id", "Ägaren finns inte");
    requireInvalid(f.reg, with([](Risk& r) { r.likelihood = 0; }), "likelihood", "mellan 1 och 5");
    requireInvalid(f.reg, with([](Risk& r) { r.likelihood = 6; }), "likelihood", "mellan 1 och 5");
    requireInvalid(f.reg, with([](Risk& r) { r.consequence = 9; }), "consequence", "mellan 1 och 5");
    requireInvalid(f.reg, with([](Risk& r) { r.residualLikelihood = 2; }), "residual_likelihood", "både");
    requireInvalid(f.reg, with([](Risk& r) {
                       r.residualLikelihood = 7;
                       r.residualConsequence = 2;
                   }),
                   "residual_likelihood", "mellan 1 och 5");
    requireInvalid(f.reg, with([](Risk& r) {
                       r.residualLikelihood = 2;
                       r.residualConsequence = 0;
                   }),
                   "residual_likelihood", "både");
    requireInvalid(f.reg, with([](Risk& r) {
                       r.residualLikelihood = 2;
                       r.residualConsequence = 6;
                   }),
                   "residual_consequence", "mellan 1 och 5");
    requireInvalid(f.reg, with([](Risk& r) { r.assessedOn = QDate(); }), "assessed_on", "bedömdes");
    requireInvalid(f.reg, with([](Risk& r) { r.reviewMonths = 0; }), "review_months", "1 till 60");
    requireInvalid(f.reg, with([](Risk& r) { r.reviewMonths = 61; }), "review_months", "1 till 60");

    // A removed category is unknown too.
    RiskCategory c;
    c.name = QStringLiteral("Tillfällig");
    const qint64 temp = f.reg->riskCategories().create(c);
    f.reg->riskCategories().remove(temp);
    requireInvalid(f.reg, with([&](Risk& r) { r.categoryId = temp; }), "category_id", "kategori");
    CHECK(f.reg->risks().create(ok) > 0);
}

TEST_CASE("an owner from another municipality's file is refused on import", "[risk][exchange][validation]")
{
    RiskFixture source;
    source.reg->risks().create(source.risk(3, 3));
    QJsonObject root = QJsonDocument::fromJson(JsonExporter::exportRegister(*source.reg)).object();
    QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
    QJsonArray risks = tables.value(QStringLiteral("risk")).toArray();
    QJsonObject risk = risks.at(0).toObject();
    // A person who exists only in some other municipality's register.
    risk.insert(QStringLiteral("owner_id"), QStringLiteral("0b6f0e2c-9a41-4d7e-b1c1-3f9d5a2e7c10"));
    risks.replace(0, risk);
    tables.insert(QStringLiteral("risk"), risks);
    root.insert(QStringLiteral("tables"), tables);

    TestRegister target;
    CHECK_THROWS_WITH(JsonImporter::importRegister(*target, QJsonDocument(root).toJson()),
                      Catch::StartsWith("tables.risk[0].owner_id: hänvisar till person"));
    CHECK(target->holdsNoData());
}

TEST_CASE("the heat map counts match a hand count, before and after treatment", "[risk][heatmap]")
{
    RiskFixture f;
    const qint64 otherUnit =
        f.reg.unit(UnitKind::Unit, QStringLiteral("Andra enheten"), f.reg->units().get(f.unit).parentId);
    int before[6][6] = {};
    int after[6][6] = {};
    int scoped[6][6] = {};
    QRandomGenerator rng(7);
    for (int i = 0; i < 120; ++i) {
        Risk r = f.risk(1 + rng.bounded(5), 1 + rng.bounded(5));
        r.unitId = i % 3 == 0 ? otherUnit : f.unit;
        if (i % 4 == 0) {
            r.residualLikelihood = 1 + rng.bounded(r.likelihood);
            r.residualConsequence = 1 + rng.bounded(r.consequence);
        }
        f.reg->risks().create(r);
        ++before[r.likelihood][r.consequence];
        ++after[r.hasResidual() ? r.residualLikelihood : r.likelihood]
               [r.hasResidual() ? r.residualConsequence : r.consequence];
        if (r.unitId == otherUnit)
            ++scoped[r.likelihood][r.consequence];
    }
    // A removed risk does not count.
    const qint64 gone = f.reg->risks().create(f.risk(5, 5));
    f.reg->risks().remove(gone);

    RiskQuery all;
    RiskQuery other;
    other.scopeUnitId = otherUnit;
    const HeatMap b = f.reg->risks().heatMap(all, false);
    const HeatMap a = f.reg->risks().heatMap(all, true);
    const HeatMap s = f.reg->risks().heatMap(other, false);
    CHECK(b.total() == 120);
    CHECK(a.total() == 120);
    CHECK(s.total() == 40);
    for (int l = 1; l <= 5; ++l)
        for (int c = 1; c <= 5; ++c) {
            INFO(l << "," << c);
            CHECK(b.at(l, c) == before[l][c]);
            CHECK(a.at(l, c) == after[l][c]);
            CHECK(s.at(l, c) == scoped[l][c]);
        }

    // Clicking a cell filters the list to exactly that cell's risks.
    RiskQuery cell;
    cell.cellLikelihood = 3;
    cell.cellConsequence = 2;
    CHECK(f.reg->risks().count(cell) == before[3][2]);
    for (const RiskRow& row : f.reg->risks().list(cell))
        CHECK((row.risk.likelihood == 3 && row.risk.consequence == 2));
    cell.cellResidual = true;
    CHECK(f.reg->risks().count(cell) == after[3][2]);
}

TEST_CASE("the risk list filters and sorts in SQL", "[risk][list]")
{
    RiskFixture f;
    const qint64 cat2 = f.reg->riskCategories().all().at(1).id;
    for (int i = 1; i <= 5; ++i) {
        Risk r = f.risk(i, i);
        r.title = QStringLiteral("Risk %1").arg(i);
        r.categoryId = i % 2 ? f.category : cat2;
        r.status = i == 5 ? Risk::Status::Closed : Risk::Status::Open;
        f.reg->risks().create(r);
    }
    RiskQuery q;
    q.sort = RiskQuery::Sort::Title;
    q.ascending = true;
    auto titles = [&] {
        QStringList out;
        for (const RiskRow& row : f.reg->risks().list(q))
            out << row.risk.title;
        return out;
    };
    CHECK(titles() == QStringList{QStringLiteral("Risk 1"), QStringLiteral("Risk 2"),
                                  QStringLiteral("Risk 3"), QStringLiteral("Risk 4"),
                                  QStringLiteral("Risk 5")});
    q.ascending = false;
    CHECK(titles().front() == QStringLiteral("Risk 5"));
    q.categoryId = cat2;
    CHECK(titles() == QStringList{QStringLiteral("Risk 4"), QStringLiteral("Risk 2")});
    q.categoryId = 0;
    q.status = Risk::Status::Closed;
    CHECK(titles() == QStringList{QStringLiteral("Risk 5")});
    q.status.reset();
    q.level = 3; // 4x4 = 16 is High (index 2); 5x5 = 25 is Very high (3)
    CHECK(titles() == QStringList{QStringLiteral("Risk 5")});
    q.level = -1;
    q.text = QStringLiteral("risk 3");
    CHECK(titles() == QStringList{QStringLiteral("Risk 3")});
    q.text = QStringLiteral("100%");
    CHECK(titles().isEmpty());
    q.text.clear();
    q.offset = 1;
    q.limit = 2;
    CHECK(titles() == QStringList{QStringLiteral("Risk 4"), QStringLiteral("Risk 3")});
    const RiskRow row = f.reg->risks().list(RiskQuery()).front();
    CHECK(row.unitName == QStringLiteral("Mottagningen"));
    CHECK(row.ownerName == QStringLiteral("Eva Ek"));
    CHECK_FALSE(row.categoryName.isEmpty());
}

TEST_CASE("threat assessments are kept apart from risks", "[risk][restricted]")
{
    TestRegister reg(true);
    const auto assessments = reg->threatAssessments().listRestricted(0);
    REQUIRE(assessments.size() == 1);
    // Not among the risks, not in any risk list or heat map.
    const auto risks = reg->risks().list(RiskQuery());
    CHECK(int(risks.size()) == reg->risks().count());
    for (const RiskRow& r : risks)
        CHECK(r.risk.title != assessments.front().subject);
    CHECK(reg->risks().heatMap(RiskQuery(), false).total() == int(reg->risks().count()));
    CHECK(Tables::threatAssessment().restricted);
    for (const TableSpec* spec : Tables::all())
        CHECK(spec->restricted == (spec == &Tables::threatAssessment()));

    ThreatAssessment t = assessments.front();
    t.status = ThreatAssessment::Status::Closed;
    CHECK_THROWS_WITH(reg->threatAssessments().update(t), Catch::Contains("avslutades"));
    t.closedOn = t.assessedOn.addDays(-1);
    CHECK_THROWS_WITH(reg->threatAssessments().update(t), Catch::Contains("innan"));
    t.closedOn = t.assessedOn.addDays(30);
    reg->threatAssessments().update(t);
    CHECK(reg->threatAssessments().get(t.id).status == ThreatAssessment::Status::Closed);
}

TEST_CASE("walks, findings and premises inventories are validated", "[risk][validation]")
{
    TestRegister reg(true);
    SecurityWalk w;
    CHECK_THROWS_WITH(reg->securityWalks().create(w), Catch::Contains("lokal"));
    w.siteId = reg->sites().all().front().id;
    CHECK_THROWS_WITH(reg->securityWalks().create(w), Catch::Contains("datum"));
    w.walkedOn = QDate(2026, 4, 2);
    const qint64 walk = reg->securityWalks().create(w);
    WalkFinding finding;
    finding.walkId = walk;
    CHECK_THROWS_WITH(reg->walkFindings().create(finding), Catch::Contains("Beskriv"));
    finding.description = QStringLiteral("Trasig dörrstängare");
    reg->walkFindings().create(finding);
    CHECK_THROWS_WITH(reg->securityWalks().remove(walk), Catch::Contains("iakttagelse"));

    PremisesInventory p;
    p.siteId = w.siteId;
    p.inventoriedOn = QDate(2026, 4, 2);
    p.cameras = true;
    CHECK_THROWS_WITH(reg->premisesInventories().create(p), Catch::Contains("tillstånd"));
    p.cameraPermitRef = QStringLiteral("IMY-2026-1");
    p.cameraPermitExpires = QDate(2026, 12, 31);
    reg->premisesInventories().create(p);
    // The demo's Kvarngatan permit runs out in March 2026.
    CHECK(reg->premisesInventories().cameraPermitsExpiringBefore(QDate(2026, 6, 1)).size() == 1);
    CHECK(reg->premisesInventories().cameraPermitsExpiringBefore(QDate(2027, 6, 1)).size() == 2);
    p.cameras = false;
    p.cameraPermitRef.clear();
    CHECK_THROWS_WITH(reg->premisesInventories().create(p), Catch::Contains("kameraövervakning"));

    RiskInventory inv;
    inv.unitId = reg->units().root()->id;
    CHECK_THROWS_WITH(reg->riskInventories().create(inv), Catch::Contains("datum"));
    auto inventories = reg->riskInventories().list(0);
    REQUIRE(inventories.size() == 2); // the demo's at social services and at culture and leisure
    std::erase_if(inventories,
                  [](const RiskInventory& i) { return !i.note.isEmpty(); }); // the one with risks
    CHECK_THROWS_WITH(reg->riskInventories().remove(inventories.front().id), Catch::Contains("risk"));
}
