#include "SyncSupport.h"
#include "storage/ChangeLog.h"
#include "storage/Errors.h"
#include "storage/HashChain.h"
#include "storage/PackageStore.h"
#include "storage/Query.h"
#include "storage/RecordStore.h"
#include "storage/Tables.h"
#include "sync/Handout.h"
#include "sync/Merger.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace sakra;

TEST_CASE("a package holds the unit's subtree with what belongs to it and read-only reference rows",
          "[sync][handout]")
{
    SyncFixture f;
    Register& site = *f.site;
    // The subtree: the administration and its units; as references: its board, the municipality,
    // and the further board it also reports to (the education board, seed 003).
    CHECK(f.countIn(site, Tables::orgUnit()) == f.countInSubtree(Tables::orgUnit()) + 3);
    CHECK(f.countIn(site, Tables::unitBoard()) == 1);
    CHECK(f.countIn(site, Tables::risk()) == f.countInSubtree(Tables::risk()));
    CHECK(f.countIn(site, Tables::incident()) == f.countInSubtree(Tables::incident()));
    CHECK(f.countIn(site, Tables::riskCategory()) == f.countIn(*f.central, Tables::riskCategory()));
    // Other administrations' risks stay home.
    CHECK(f.countIn(site, Tables::risk()) < f.countIn(*f.central, Tables::risk()));

    const auto manifest = PackageStore(site.database()).incoming();
    REQUIRE(manifest);
    CHECK(manifest->centralRegisterId == PackageStore(f.central->database()).registerId());
    CHECK(manifest->rootUnitName == QStringLiteral("Utbildningsförvaltningen"));
    CHECK(manifest->handedTo == QStringLiteral("Skolkontoret"));
    CHECK(PackageStore(site.database()).registerId() != manifest->centralRegisterId);
    // The central register knows what went out, to whom and since when.
    const auto out = PackageStore(f.central->database()).outgoing();
    REQUIRE(out.size() == 1);
    CHECK(out.front().packageId == manifest->packageId);
    CHECK(out.front().handedTo == QStringLiteral("Skolkontoret"));
    CHECK(!out.front().handedOutAt.isEmpty());

    // Central editors are told which rows a site has; the board above is not one of them.
    const QString riskUuid = f.ownedRiskUuid();
    const auto handout = f.central->handedOutWith(Tables::risk(), riskUuid);
    REQUIRE(handout);
    CHECK(handout->handedTo == QStringLiteral("Skolkontoret"));
    CHECK(!f.central->handedOutWith(Tables::orgUnit(), f.boardUuid()));
    CHECK(!site.handedOutWith(Tables::risk(), riskUuid));

    // The owned rows' history came along, and the chain holds in the package.
    CHECK(ChangeLog(site.database()).entriesFor(riskUuid).size() ==
          ChangeLog(f.central->database()).entriesFor(riskUuid).size());
    CHECK(HashChain::verify(site.database()).intact());

    // Reference rows are read-only at the site; owned rows are not.
    const qint64 board = f.siteId(Tables::orgUnit(), f.boardUuid());
    OrgUnit b = site.units().get(board);
    b.note = QStringLiteral("ändrad på platsen");
    CHECK_THROWS_AS(site.units().update(b), ValidationError);
    CHECK_THROWS_AS(site.units().remove(board), ValidationError);
    Risk r = site.risks().get(f.siteId(Tables::risk(), riskUuid));
    r.title = QStringLiteral("Ändrad på platsen");
    CHECK_NOTHROW(site.risks().update(r));
}

TEST_CASE("a package is refused for a removed unit or a file that exists", "[sync][handout]")
{
    SyncFixture f;
    CHECK_THROWS_AS(Handout::make(f.central->database(), {f.rootUnit, QStringLiteral("X"), f.sitePath}),
                    OpenError);
    CHECK_THROWS_AS(
        Handout::make(f.central->database(), {999999, QStringLiteral("X"), f.central.file("b.sakra")}),
        ValidationError);
    CHECK_THROWS_AS(
        Handout::make(f.central->database(), {f.rootUnit, QStringLiteral(" "), f.central.file("c.sakra")}),
        ValidationError);
    // A package is not handed out further: its work goes back to the register it came from.
    CHECK_THROWS_AS(
        Handout::make(f.site->database(), {f.siteId(Tables::orgUnit(), f.site->units().root()->uuid),
                                           QStringLiteral("X"), f.central.file("d.sakra")}),
        ValidationError);
    CHECK(!QFile::exists(f.central.file("d.sakra")));
    CHECK(!QFile::exists(f.central.file("b.sakra")));
    CHECK(!QFile::exists(f.central.file("c.sakra")));
    CHECK(PackageStore(f.central->database()).outgoing().size() == 1);
}

TEST_CASE("merging a package nobody edited changes nothing and adds no history", "[sync][merge]")
{
    SyncFixture f;
    const auto before = f.centralState();
    const qint64 history = ChangeLog(f.central->database()).count();
    const MergePlan plan = f.preview();
    CHECK(plan.changesNothing());
    CHECK(plan.refused.empty());
    CHECK(plan.siteHistoryEntries == 0);
    f.apply(plan);
    CHECK(f.centralState() == before);
    CHECK(ChangeLog(f.central->database()).count() == history);
}

TEST_CASE("different fields of one row edited on each side are both kept", "[sync][merge]")
{
    SyncFixture f;
    const QString uuid = f.ownedRiskUuid();
    f.editRisk(*f.site, uuid, [](Risk& r) { r.title = QStringLiteral("Skolgården: ny rubrik"); });
    f.editRisk(*f.central, uuid, [](Risk& r) { r.description = QStringLiteral("Central beskrivning"); });
    const MergePlan plan = f.preview();
    REQUIRE(plan.conflicts.empty());
    REQUIRE(plan.automatic.size() == 1);
    CHECK(plan.automatic.front().field == QStringLiteral("title"));
    CHECK(plan.siteHistoryEntries == 1);
    f.apply(plan);
    const Risk merged = f.centralRisk(uuid);
    CHECK(merged.title == QStringLiteral("Skolgården: ny rubrik"));
    CHECK(merged.description == QStringLiteral("Central beskrivning"));
    // The site's own history entry came over with its own who.
    bool siteEntry = false;
    for (const ChangeEntry& e : ChangeLog(f.central->database()).entriesFor(uuid))
        siteEntry |= e.actor == QStringLiteral("Platsens rektor") && e.field == QStringLiteral("title");
    CHECK(siteEntry);
    CHECK(HashChain::verify(f.central->database()).intact());
    CHECK(f.historyExplainsEveryValue());
}

TEST_CASE("the same field edited on both sides is a conflict settled by the coordinator's choice",
          "[sync][merge][conflict]")
{
    SyncFixture f;
    const QString uuid = f.titleEditedOnBothSides();
    const MergePlan plan = f.preview();
    REQUIRE(plan.conflicts.size() == 1);
    const MergeConflict& c = plan.conflicts.front();
    CHECK(c.kind == MergeConflict::Kind::Field);
    CHECK(c.field == QStringLiteral("title"));
    CHECK(c.site == QJsonValue(QStringLiteral("Platsens rubrik")));
    CHECK(c.central == QJsonValue(QStringLiteral("Central rubrik")));
    CHECK(c.siteBy == QStringLiteral("Platsens rektor"));
    // Undecided: refused, nothing written.
    const auto before = f.centralState();
    CHECK_THROWS_AS(f.apply(plan, {}), ValidationError);
    CHECK(f.centralState() == before);

    QString expected;
    MergeDecision d;
    SECTION("central")
    {
        d.choice = MergeDecision::Choice::Central, expected = QStringLiteral("Central rubrik");
    }
    SECTION("site")
    {
        d.choice = MergeDecision::Choice::Site, expected = QStringLiteral("Platsens rubrik");
    }
    SECTION("typed")
    {
        d = {MergeDecision::Choice::Value, QStringLiteral("Samordnarens rubrik")},
        expected = QStringLiteral("Samordnarens rubrik");
    }
    f.apply(plan, {{c.key(), d}});
    CHECK(f.centralRisk(uuid).title == expected);
    // The value not taken is in the history, beside the coordinator's name.
    const auto entries = ChangeLog(f.central->database()).entriesFor(uuid);
    REQUIRE(!entries.empty());
    CHECK(entries.back().action == QStringLiteral("merge"));
    // On a server the database names its session's user, whatever the program says.
    CHECK(entries.back().actor ==
          (TestRegister::onServer()
               ? Query(f.central->database(), QStringLiteral("SELECT session_user")).scalar().toString()
               : QStringLiteral("Samordnaren")));
    CHECK(entries.back().newValue.toString() == expected);
    CHECK(f.historyExplainsEveryValue());
    // Merged again: nothing more.
    CHECK(f.preview().changesNothing());
}

TEST_CASE("the same value written on both sides is no conflict", "[sync][merge]")
{
    SyncFixture f;
    const QString uuid = f.ownedRiskUuid();
    f.editRisk(*f.site, uuid, [](Risk& r) { r.title = QStringLiteral("Samma"); });
    f.editRisk(*f.central, uuid, [](Risk& r) { r.title = QStringLiteral("Samma"); });
    const MergePlan plan = f.preview();
    CHECK(plan.conflicts.empty());
    CHECK(plan.automatic.empty());
}

TEST_CASE("a site removal of a row central left alone is applied", "[sync][merge]")
{
    SyncFixture f;
    const QString uuid = f.ownedRiskUuid();
    f.site->risks().remove(f.siteId(Tables::risk(), uuid));
    const MergePlan plan = f.preview();
    CHECK(plan.conflicts.empty());
    f.apply(plan);
    CHECK(!RecordStore(f.central->database(), Tables::risk()).isLive(f.centralId(Tables::risk(), uuid)));
    CHECK(f.historyExplainsEveryValue());
}

TEST_CASE("a removal against an edit is a conflict both ways and restoring works", "[sync][merge][conflict]")
{
    SyncFixture f;
    const QString uuid = f.ownedRiskUuid();
    const qint64 centralRisk = f.centralId(Tables::risk(), uuid);
    RecordStore risks(f.central->database(), Tables::risk());

    SECTION("removed at the site, edited centrally")
    {
        f.site->risks().remove(f.siteId(Tables::risk(), uuid));
        f.editRisk(*f.central, uuid, [](Risk& r) { r.title = QStringLiteral("Central rubrik"); });
        const MergePlan plan = f.preview();
        REQUIRE(plan.conflicts.size() == 1);
        CHECK(plan.conflicts.front().kind == MergeConflict::Kind::RemovedAtSite);
        SECTION("kept")
        {
            f.apply(plan, Merger::preferAll(plan, MergeDecision::Choice::Central));
            CHECK(risks.isLive(centralRisk));
            CHECK(f.centralRisk(uuid).title == QStringLiteral("Central rubrik"));
        }
        SECTION("removed")
        {
            f.apply(plan, Merger::preferAll(plan, MergeDecision::Choice::Site));
            CHECK(!risks.isLive(centralRisk));
        }
    }
    SECTION("edited at the site, removed centrally")
    {
        f.editRisk(*f.site, uuid, [](Risk& r) { r.title = QStringLiteral("Platsens rubrik"); });
        f.central->risks().remove(centralRisk);
        const MergePlan plan = f.preview();
        REQUIRE(plan.conflicts.size() == 1);
        CHECK(plan.conflicts.front().kind == MergeConflict::Kind::RemovedCentrally);
        SECTION("left removed")
        {
            f.apply(plan, Merger::preferAll(plan, MergeDecision::Choice::Central));
            CHECK(!risks.isLive(centralRisk));
        }
        SECTION("restored with the site's values")
        {
            f.apply(plan, Merger::preferAll(plan, MergeDecision::Choice::Site));
            REQUIRE(risks.isLive(centralRisk));
            CHECK(f.centralRisk(uuid).title == QStringLiteral("Platsens rubrik"));
        }
    }
    CHECK(f.historyExplainsEveryValue());
    CHECK(f.preview().changesNothing());
}

TEST_CASE("a new site action pointing at a risk removed centrally offers three ways out",
          "[sync][merge][conflict]")
{
    SyncFixture f;
    const QString riskUuid = f.ownedRiskUuid();
    const QString otherRisk =
        f.ownedRiskUuid(0, false) == riskUuid ? f.ownedRiskUuid(1, false) : f.ownedRiskUuid(0, false);
    const QString actionUuid = f.newSiteActionFor(riskUuid, QStringLiteral("Nytt staket"));
    const qint64 centralRisk = f.centralId(Tables::risk(), riskUuid);
    f.central->risks().remove(centralRisk);
    const MergePlan plan = f.preview();
    REQUIRE(plan.conflicts.size() == 1);
    const MergeConflict& c = plan.conflicts.front();
    CHECK(c.kind == MergeConflict::Kind::RefersToRemoved);
    CHECK(c.table == QStringLiteral("action_risk"));
    CHECK(c.targetUuid == riskUuid);
    RecordStore risks(f.central->database(), Tables::risk());
    const auto linkedRisk = [&]() {
        return Query(f.central->database(),
                     QStringLiteral("SELECT r.uuid FROM action_risk l JOIN action a ON a.id = "
                                    "l.action_id JOIN risk r ON r.id = l.risk_id WHERE a.uuid = "
                                    "? AND l.deleted_at IS NULL"))
            .bind(actionUuid)
            .scalar()
            .toString();
    };
    SECTION("restore the risk")
    {
        f.apply(plan, {{c.key(), {MergeDecision::Choice::Site, {}}}});
        CHECK(risks.isLive(centralRisk));
        CHECK(linkedRisk() == riskUuid);
    }
    SECTION("point at another risk")
    {
        f.apply(plan, {{c.key(), {MergeDecision::Choice::Value, otherRisk}}});
        CHECK(!risks.isLive(centralRisk));
        CHECK(linkedRisk() == otherRisk);
    }
    SECTION("drop the new link")
    {
        f.apply(plan, {{c.key(), {MergeDecision::Choice::Central, {}}}});
        CHECK(!risks.isLive(centralRisk));
        CHECK(linkedRisk().isEmpty());
        // The action itself is new and refers to nothing removed: it came over.
        CHECK(f.centralId(Tables::action(), actionUuid) > 0);
    }
    CHECK(f.historyExplainsEveryValue());
    CHECK(f.preview().changesNothing());
}

TEST_CASE("a row chosen to point at instead must be live", "[sync][merge][conflict]")
{
    SyncFixture f;
    const QString riskUuid = f.ownedRiskUuid();
    f.newSiteActionFor(riskUuid, QStringLiteral("Nytt staket"));
    f.central->risks().remove(f.centralId(Tables::risk(), riskUuid));
    const MergePlan plan = f.preview();
    REQUIRE(plan.conflicts.size() == 1);
    const auto before = f.centralState();
    CHECK_THROWS_AS(f.apply(plan, {{plan.conflicts.front().key(), {MergeDecision::Choice::Value, riskUuid}}}),
                    ValidationError);
    CHECK(f.centralState() == before);
}

TEST_CASE("an edited reference row is refused and reported", "[sync][merge]")
{
    SyncFixture f;
    // Only a tool outside Säkra can change it at the site.
    f.site.reset();
    withRawConnection(f.sitePath, [&](QSqlQuery& q) {
        REQUIRE(q.exec(
            QStringLiteral("UPDATE org_unit SET note = 'utanför' WHERE uuid = '%1'").arg(f.boardUuid())));
    });
    const auto before = f.centralState();
    const MergePlan plan = f.preview();
    REQUIRE(plan.refused.size() == 1);
    CHECK(plan.refused.front().uuid == f.boardUuid());
    CHECK(plan.conflicts.empty());
    f.apply(plan);
    CHECK(f.centralState() == before);
}

TEST_CASE("crossing moves of two units are a cycle conflict", "[sync][merge][conflict]")
{
    SyncFixture f;
    const auto [a, b] = f.twoSubtreeUnits();
    // At the site a goes under b; centrally b goes under a.
    OrgUnit siteA = f.site->units().get(f.siteId(Tables::orgUnit(), a));
    siteA.parentId = f.siteId(Tables::orgUnit(), b);
    f.site->units().update(siteA);
    OrgUnit centralB = f.central->units().get(f.centralId(Tables::orgUnit(), b));
    centralB.parentId = f.centralId(Tables::orgUnit(), a);
    f.central->units().update(centralB);
    const MergePlan plan = f.preview();
    REQUIRE(plan.conflicts.size() == 1);
    CHECK(plan.conflicts.front().kind == MergeConflict::Kind::Cycle);
    CHECK(plan.conflicts.front().uuid == a);
    f.apply(plan, Merger::preferAll(plan, MergeDecision::Choice::Central));
    CHECK(f.central->units().get(f.centralId(Tables::orgUnit(), a)).parentId !=
          f.centralId(Tables::orgUnit(), b));
}

TEST_CASE("the same package taken twice changes nothing the second time", "[sync][merge]")
{
    SyncFixture f;
    const QString uuid = f.ownedRiskUuid();
    f.editRisk(*f.site, uuid, [](Risk& r) { r.title = QStringLiteral("Platsens rubrik"); });
    f.newSiteActionFor(uuid, QStringLiteral("Ny åtgärd"));
    f.apply(f.preview());
    const auto after = f.centralState();
    const qint64 history = ChangeLog(f.central->database()).count();
    const MergePlan again = f.preview();
    CHECK(again.changesNothing());
    CHECK(again.siteHistoryEntries == 0);
    f.apply(again);
    CHECK(f.centralState() == after);
    CHECK(ChangeLog(f.central->database()).count() == history);
    // Later work at the same site is compared with what was merged.
    f.editRisk(*f.site, uuid, [](Risk& r) { r.description = QStringLiteral("Senare"); });
    const MergePlan later = f.preview();
    REQUIRE(later.automatic.size() == 1);
    CHECK(later.automatic.front().field == QStringLiteral("description"));
}

TEST_CASE("a central edit during the review stops the apply", "[sync][merge]")
{
    SyncFixture f;
    const QString uuid = f.ownedRiskUuid();
    f.editRisk(*f.site, uuid, [](Risk& r) { r.title = QStringLiteral("Platsens rubrik"); });
    const MergePlan plan = f.preview();
    f.editRisk(*f.central, uuid, [](Risk& r) { r.description = QStringLiteral("Under granskningen"); });
    const auto before = f.centralState();
    CHECK_THROWS_AS(f.apply(plan), StaleMergeError);
    CHECK(f.centralState() == before);
    // A new preview goes through.
    f.apply(f.preview());
    CHECK(f.centralRisk(uuid).title == QStringLiteral("Platsens rubrik"));
}

TEST_CASE("a package from another register, a newer schema or with an altered base is refused",
          "[sync][merge]")
{
    SyncFixture f;
    f.site.reset();
    SECTION("another register")
    {
        TestRegister other(true);
        CHECK_THROWS_AS(Merger(other->database()).preview(f.sitePath), PackageError);
    }
    SECTION("a newer schema")
    {
        withRawConnection(f.sitePath,
                          [](QSqlQuery& q) { REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 99"))); });
        CHECK_THROWS_AS(f.preview(), PackageError);
    }
    SECTION("an altered base")
    {
        withRawConnection(f.sitePath, [](QSqlQuery& q) {
            REQUIRE(q.exec(QStringLiteral("UPDATE package_row SET vals = vals || ' ' "
                                          "WHERE role = 'owned' AND entity = 'risk'")));
            REQUIRE(q.numRowsAffected() > 0);
        });
        CHECK_THROWS_WITH(f.preview(), Catch::Contains("utgångsläge"));
    }
    SECTION("not a package")
    {
        CHECK_THROWS_AS(Merger(f.central->database()).preview(f.central.path()), PackageError);
    }
}

TEST_CASE("randomised edits on both sides over many rounds keep every value explained by history",
          "[sync][merge][random]")
{
    SyncFixture f;
    std::mt19937 rng(20261129);
    for (int round = 0; round < 200; ++round) {
        f.randomEdits(*f.site, rng, 3);
        f.randomEdits(*f.central, rng, 2);
        const MergePlan plan = f.preview();
        const auto choice = rng() % 2 ? MergeDecision::Choice::Central : MergeDecision::Choice::Site;
        INFO("round " << round);
        f.apply(plan, Merger::preferAll(plan, choice));
        REQUIRE(f.preview().changesNothing());
    }
    CHECK(f.historyExplainsEveryValue());
    CHECK(HashChain::verify(f.central->database()).intact());
}

TEST_CASE("sakra-cli merge lists the conflicts and changes nothing without a preference", "[sync][cli]")
{
    SyncFixture f;
    const QString uuid = f.titleEditedOnBothSides();
    f.editRisk(*f.site,
               f.ownedRiskUuid(0, false) == uuid ? f.ownedRiskUuid(1, false) : f.ownedRiskUuid(0, false),
               [](Risk& r) { r.description = QStringLiteral("Bara på platsen"); });
    f.site.reset();
    const auto before = f.centralState();

    CliRun run = runCli({QStringLiteral("merge"), f.central.path(), QStringLiteral("--package"), f.sitePath,
                         QStringLiteral("--json")});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("--prefer")));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("automatic")).toInt() == 1);
    const QJsonArray conflicts = json.value(QStringLiteral("conflicts")).toArray();
    REQUIRE(conflicts.size() == 1);
    const QJsonObject c = conflicts.first().toObject();
    CHECK(c.value(QStringLiteral("table")).toString() == QStringLiteral("risk"));
    CHECK(c.value(QStringLiteral("uuid")).toString() == uuid);
    CHECK(c.value(QStringLiteral("field")).toString() == QStringLiteral("title"));
    CHECK(c.value(QStringLiteral("central")).toString() == QStringLiteral("Central rubrik"));
    CHECK(c.value(QStringLiteral("site")).toString() == QStringLiteral("Platsens rubrik"));
    CHECK(!c.value(QStringLiteral("base")).toString().isEmpty());
    CHECK(f.centralState() == before);

    run = runCli({QStringLiteral("merge"), f.central.path(), QStringLiteral("--package"), f.sitePath,
                  QStringLiteral("--dry-run"), QStringLiteral("--prefer"), QStringLiteral("site")});
    CHECK(run.code == 0);
    CHECK(f.centralState() == before);

    run = runCli({QStringLiteral("merge"), f.central.path(), QStringLiteral("--package"), f.sitePath,
                  QStringLiteral("--prefer"), QStringLiteral("site")});
    CHECK(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("Sammanfogat")));
    CHECK(f.centralRisk(uuid).title == QStringLiteral("Platsens rubrik"));

    run = runCli({QStringLiteral("merge"), f.central.path(), QStringLiteral("--package"), f.sitePath,
                  QStringLiteral("--prefer"), QStringLiteral("nobody")});
    CHECK(run.code == 2);
    run = runCli({QStringLiteral("merge"), f.central.path(), QStringLiteral("--package"), f.central.path()});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("inte en utlämnad del")));
}

TEST_CASE("sakra-cli package hands out a unit named on the command line", "[sync][cli]")
{
    TestRegister central(true);
    const QString out = central.file(QStringLiteral("del.sakra"));
    central.close();
    CliRun run = runCli({QStringLiteral("package"), central.path(), QStringLiteral("--unit"),
                         QStringLiteral("Utbildningsförvaltningen"), QStringLiteral("--out"), out,
                         QStringLiteral("--to"), QStringLiteral("Skolkontoret")});
    REQUIRE(run.code == 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("owned")).toInt() > 50);
    CHECK(json.value(QStringLiteral("reference")).toInt() > 0);
    CHECK(QFile::exists(out));
    CHECK((QFile::permissions(out) & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    run = runCli({QStringLiteral("package"), central.path(), QStringLiteral("--unit"),
                  QStringLiteral("Ingen sådan"), QStringLiteral("--out"),
                  central.file(QStringLiteral("x.sakra"))});
    CHECK(run.code == 1);
    CHECK(!QFile::exists(central.file(QStringLiteral("x.sakra"))));
    run = runCli({QStringLiteral("package"), central.path(), QStringLiteral("--unit")});
    CHECK(run.code == 2);
}

TEST_CASE("a new site row with a value only one live row may have is a clash settled either way",
          "[sync][merge][conflict]")
{
    SyncFixture f;
    FocusArea area;
    area.name = QStringLiteral("Informationssäkerhet i skolan");
    area.sortOrder = 500;
    area.description = QStringLiteral("platsens");
    const qint64 siteArea = f.site->focusAreas().create(area);
    const QString siteUuid = RecordStore(f.site->database(), Tables::focusArea()).uuidForId(siteArea);
    area.description = QStringLiteral("central");
    const qint64 centralArea = f.central->focusAreas().create(area);
    const MergePlan plan = f.preview();
    REQUIRE(plan.conflicts.size() == 1);
    const MergeConflict& c = plan.conflicts.front();
    CHECK(c.kind == MergeConflict::Kind::UniqueClash);
    CHECK(c.uuid == siteUuid);
    RecordStore areas(f.central->database(), Tables::focusArea());
    SECTION("the central row stays")
    {
        f.apply(plan, {{c.key(), {MergeDecision::Choice::Central, {}}}});
        CHECK(areas.isLive(centralArea));
        CHECK(areas.idForUuid(siteUuid) == 0);
    }
    SECTION("the site's row replaces it")
    {
        f.apply(plan, {{c.key(), {MergeDecision::Choice::Site, {}}}});
        CHECK(!areas.isLive(centralArea));
        CHECK(areas.isLive(areas.idForUuid(siteUuid)));
    }
    CHECK(f.preview().changesNothing());
}

TEST_CASE("a coordinator's choices are kept in the register until the merge", "[sync][merge]")
{
    SyncFixture f;
    const QString uuid = f.titleEditedOnBothSides();
    const MergePlan plan = f.preview();
    REQUIRE(plan.conflicts.size() == 1);
    Merger merger(f.central->database());
    merger.saveDecision(plan.packageId, plan.conflicts.front(),
                        {MergeDecision::Choice::Value, QStringLiteral("Eget")});
    // Another review later, in another program run: the choice is there.
    f.central.reopen();
    const MergeDecisions saved = Merger(f.central->database()).savedDecisions(plan.packageId);
    REQUIRE(saved.size() == 1);
    const MergeDecision d = saved.value(plan.conflicts.front().key());
    CHECK(d.choice == MergeDecision::Choice::Value);
    CHECK(d.value == QJsonValue(QStringLiteral("Eget")));
    f.apply(f.preview(), saved);
    CHECK(f.centralRisk(uuid).title == QStringLiteral("Eget"));
    CHECK(Merger(f.central->database()).savedDecisions(plan.packageId).isEmpty());
}
