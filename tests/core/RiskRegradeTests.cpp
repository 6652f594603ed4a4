#include "TestRegister.h"
#include "risk/RiskRegrader.h"
#include "storage/HashChain.h"
#include "storage/Query.h"
#include "storage/Tables.h"
#include "storage/Transaction.h"

#include <QRandomGenerator>
#include <map>

using namespace sakra;

namespace {

// An n × n matrix with levels from the thresholds given.
RiskMatrix thresholdMatrix(int n, const std::vector<int>& thresholds)
{
    RiskMatrix m = RiskMatrix::standard();
    m.resize(n, n);
    std::vector<RiskMatrix::Level> levels;
    const QColor colours[] = {Qt::green, Qt::yellow, QColor(255, 152, 0), Qt::red};
    for (std::size_t i = 0; i < thresholds.size(); ++i)
        levels.push_back({{QStringLiteral("Nivå %1").arg(i + 1), QString()}, colours[i], thresholds[i]});
    m.setLevels(levels);
    return m;
}

// What the risk list holds of each live risk's grades, by id.
struct Graded
{
    int likelihood, consequence, residualLikelihood, residualConsequence, level, residualLevel, rowVersion;
    bool operator==(const Graded&) const = default;
};

std::map<qint64, Graded> gradesOf(Register& reg)
{
    std::map<qint64, Graded> out;
    for (const RiskRow& row : reg.risks().list(RiskQuery())) {
        const Risk& r = row.risk;
        out[r.id] = {r.likelihood, r.consequence,   r.residualLikelihood, r.residualConsequence,
                     r.level,      r.residualLevel, r.rowVersion};
    }
    return out;
}

qint64 historyCount(Register& reg)
{
    return Query(reg.database(), QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'risk'"))
        .scalar()
        .toLongLong();
}

} // namespace

TEST_CASE("a matrix change re-grades thousands of risks in bulk with their history, and undo is exact",
          "[risk][matrix][regrade]")
{
    TopFixture f(QStringLiteral("Nämnden"), QStringLiteral("Förvaltningen"));
    const qint64 unit = f.reg.unit(UnitKind::Unit, QStringLiteral("Mottagningen"), f.admin);
    const qint64 category = f.reg->riskCategories().all().front().id;
    QRandomGenerator random(4711);
    {
        Transaction tx(f.reg->database());
        for (int i = 0; i < 3000; ++i) {
            Risk r;
            r.unitId = unit;
            r.categoryId = category;
            r.title = QStringLiteral("Risk %1").arg(i);
            r.likelihood = 1 + int(random.bounded(5));
            r.consequence = 1 + int(random.bounded(5));
            if (random.bounded(3) == 0) {
                r.residualLikelihood = 1 + int(random.bounded(5));
                r.residualConsequence = 1 + int(random.bounded(5));
            }
            r.assessedOn = QDate(2026, 1, 15);
            r.reviewMonths = 12;
            f.reg->risks().create(r);
        }
        tx.commit();
    }
    const std::map<qint64, Graded> before = gradesOf(*f.reg);
    REQUIRE(before.size() == 3000);
    const RiskMatrix original = f.reg->riskMatrix().current();
    const auto kept = f.reg->riskMatrix().grades();
    REQUIRE(kept.size() == 3000);
    const qint64 historyBefore = historyCount(*f.reg);

    // What the rules give, worked out here risk by risk.
    const RiskMatrix smaller = thresholdMatrix(3, {1, 4, 7});
    std::map<qint64, Graded> expected;
    int changing = 0, fieldsChanging = 0;
    for (const auto& [id, g] : before) {
        Graded e = g;
        e.likelihood = RiskMatrix::rescale(g.likelihood, 5, 3);
        e.consequence = RiskMatrix::rescale(g.consequence, 5, 3);
        e.level = std::max(0, smaller.levelOf(e.likelihood, e.consequence));
        if (g.residualLikelihood > 0) {
            e.residualLikelihood = RiskMatrix::rescale(g.residualLikelihood, 5, 3);
            e.residualConsequence = RiskMatrix::rescale(g.residualConsequence, 5, 3);
            e.residualLevel = std::max(0, smaller.levelOf(e.residualLikelihood, e.residualConsequence));
        }
        const int fields = (e.likelihood != g.likelihood) + (e.consequence != g.consequence) +
                           (e.residualLikelihood != g.residualLikelihood) +
                           (e.residualConsequence != g.residualConsequence) + (e.level != g.level) +
                           (e.residualLevel != g.residualLevel);
        if (fields > 0) {
            ++changing;
            ++e.rowVersion;
        }
        fieldsChanging += fields;
        expected[id] = e;
    }
    REQUIRE(changing > 1000);

    ChangeSet announced;
    const int handle = f.reg->observeChanges([&](const ChangeSet& c) { announced.merge(c); });
    std::vector<std::pair<qint64, qint64>> progress;
    const int changed = f.reg->riskMatrix().save(
        smaller, [&](qint64 done, qint64 total) { progress.emplace_back(done, total); });
    CHECK(changed == changing);
    CHECK(gradesOf(*f.reg) == expected);
    CHECK(f.reg->riskMatrix().current() == smaller);
    CHECK(announced.touches(Tables::risk()));
    // One history entry per changed value, on the chain.
    CHECK(historyCount(*f.reg) == historyBefore + fieldsChanging);
    CHECK(HashChain::verify(f.reg->database()).intact());
    // Progress counts up to its total and ends there.
    REQUIRE_FALSE(progress.empty());
    for (std::size_t i = 1; i < progress.size(); ++i)
        CHECK(progress[i].first >= progress[i - 1].first);
    CHECK(progress.back().first == progress.back().second);

    // An entry reads as a change made through the record store would.
    const auto changedRisk = std::find_if(before.begin(), before.end(), [&](const auto& p) {
        return p.second.likelihood != expected.at(p.first).likelihood;
    });
    REQUIRE(changedRisk != before.end());
    bool recorded = false;
    for (const ChangeEntry& e : f.reg->history().entriesFor(f.reg->risks().uuidOf(changedRisk->first)))
        recorded |= e.action == QStringLiteral("update") && e.field == QStringLiteral("likelihood") &&
                    e.oldValue.toString() == QString::number(changedRisk->second.likelihood) &&
                    e.newValue.toString() == QString::number(expected.at(changedRisk->first).likelihood);
    CHECK(recorded);

    // Undo: the old matrix and every value as it was, levels too; row versions rise once more.
    announced.clear();
    const int putBack = f.reg->riskMatrix().restore(original, kept);
    CHECK(putBack == changing);
    CHECK(f.reg->riskMatrix().current() == original);
    for (const auto& [id, g] : gradesOf(*f.reg)) {
        INFO(id);
        Graded was = before.at(id);
        if (expected.at(id).rowVersion != was.rowVersion)
            was.rowVersion += 2;
        CHECK(g == was);
    }
    CHECK(announced.touches(Tables::risk()));
    CHECK(historyCount(*f.reg) == historyBefore + 2 * fieldsChanging);
    CHECK(HashChain::verify(f.reg->database()).intact());
    f.reg->stopObserving(handle);

    // Saving the same matrix again changes nothing and writes no history.
    CHECK(f.reg->riskMatrix().save(original) == 0);
    CHECK(historyCount(*f.reg) == historyBefore + 2 * fieldsChanging);
}

TEST_CASE("a re-grading that fails leaves every risk and the matrix as they were",
          "[risk][matrix][regrade][file]")
{
    TopFixture f(QStringLiteral("Nämnden"), QStringLiteral("Förvaltningen"));
    const qint64 unit = f.reg.unit(UnitKind::Unit, QStringLiteral("Mottagningen"), f.admin);
    Risk r;
    r.unitId = unit;
    r.categoryId = f.reg->riskCategories().all().front().id;
    r.title = QStringLiteral("Hot i receptionen");
    r.likelihood = 5;
    r.consequence = 5;
    r.assessedOn = QDate(2026, 1, 15);
    r.reviewMonths = 12;
    const qint64 id = f.reg->risks().create(r);
    const std::map<qint64, Graded> before = gradesOf(*f.reg);
    const RiskMatrix original = f.reg->riskMatrix().current();
    const qint64 historyBefore = historyCount(*f.reg);

    // A level the schema refuses: the whole change is rolled back.
    Query(f.reg->database(), QStringLiteral("CREATE TRIGGER refuse_level BEFORE UPDATE OF level ON risk "
                                            "BEGIN SELECT RAISE(ABORT, 'nej'); END"))
        .exec();
    CHECK_THROWS(f.reg->riskMatrix().save(thresholdMatrix(3, {1, 4, 7})));
    CHECK(gradesOf(*f.reg) == before);
    CHECK(f.reg->riskMatrix().current() == original);
    CHECK(historyCount(*f.reg) == historyBefore);
    CHECK(f.reg->risks().get(id).likelihood == 5);

    // A matrix with a problem is refused before anything is written.
    RiskMatrix broken = thresholdMatrix(3, {1, 4, 7});
    broken.setLevels({});
    CHECK_THROWS_AS(f.reg->riskMatrix().save(broken), ValidationError);
    CHECK_THROWS_AS(f.reg->riskMatrix().restore(broken, f.reg->riskMatrix().grades()), ValidationError);
    CHECK(f.reg->riskMatrix().current() == original);
}
