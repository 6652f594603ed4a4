#include "TestRegister.h"
#include "exchange/JsonExporter.h"
#include "exchange/JsonImporter.h"
#include "storage/RecordStore.h"
#include "storage/Tables.h"
#include "storage/Transaction.h"

#include <vector>

using namespace sakra;

namespace {

// Every change set the register announces, in order.
struct Announced
{
    explicit Announced(Register& reg) : m_reg(reg)
    {
        m_handle = reg.observeChanges([this](const ChangeSet& c) { sets.push_back(c); });
    }
    ~Announced() { m_reg.stopObserving(m_handle); }

    // The one set announced since the last take(); fails when there were none or several.
    ChangeSet take()
    {
        REQUIRE(sets.size() == 1);
        ChangeSet c = sets.front();
        sets.clear();
        return c;
    }

    std::vector<ChangeSet> sets;

private:
    Register& m_reg;
    int m_handle = 0;
};

struct Fixture
{
    TestRegister reg;
    qint64 unit = 0;
    qint64 category = 0;

    Fixture()
    {
        const qint64 root = reg.unit(UnitKind::Municipality, QStringLiteral("Kommunen"), 0);
        const qint64 board = reg.unit(UnitKind::Board, QStringLiteral("Nämnden"), root);
        unit = reg.unit(UnitKind::Administration, QStringLiteral("Förvaltningen"), board, board);
        category = reg->riskCategories().all().front().id;
    }

    Risk risk(const QString& title) const
    {
        Risk r;
        r.unitId = unit;
        r.categoryId = category;
        r.title = title;
        r.likelihood = 3;
        r.consequence = 4;
        r.assessedOn = QDate(2026, 1, 15);
        return r;
    }

    Action action(const QString& title)
    {
        Action a;
        a.title = title;
        a.kindId = reg->actionKinds().all().front().id;
        a.unitId = unit;
        a.startDate = QDate(2026, 2, 1);
        a.dueDate = QDate(2026, 6, 1);
        return a;
    }

    qint64 finding()
    {
        Site s;
        s.name = QStringLiteral("Stadshuset");
        SecurityWalk w;
        w.siteId = reg->sites().create(s);
        w.walkedOn = QDate(2026, 4, 2);
        WalkFinding f;
        f.walkId = reg->securityWalks().create(w);
        f.description = QStringLiteral("Bakdörren står öppen");
        return reg->walkFindings().create(f);
    }
};

bool holds(const ChangeSet& c, const TableSpec& table, qint64 id, ChangeSet::Kind kind)
{
    for (const ChangeSet::Row& r : c.rowsOf(table))
        if (r.id == id && r.kind == kind)
            return true;
    return false;
}

} // namespace

TEST_CASE("every kind of write is announced once per commit with its table, row and uuid", "[changes]")
{
    Fixture f;
    Announced announced(*f.reg);

    const qint64 id = f.reg->risks().create(f.risk(QStringLiteral("Hot i receptionen")));
    ChangeSet c = announced.take();
    CHECK(c.tables() == QList<const TableSpec*>{&Risk::spec()});
    REQUIRE(c.rows().size() == 1);
    CHECK(c.rows().front().id == id);
    CHECK(c.rows().front().kind == ChangeSet::Kind::Created);
    CHECK(c.rows().front().uuid == f.reg->risks().uuidOf(id));
    CHECK(c.touches(Risk::spec()));
    CHECK_FALSE(c.touches(Action::spec()));
    CHECK_FALSE(c.isEverything());

    Risk r = f.reg->risks().get(id);
    r.title = QStringLiteral("Hot och våld i receptionen");
    f.reg->risks().update(r);
    CHECK(holds(announced.take(), Risk::spec(), id, ChangeSet::Kind::Updated));

    // Writing what is stored already changes nothing and announces nothing.
    f.reg->risks().update(f.reg->risks().get(id));
    CHECK(announced.sets.empty());

    f.reg->risks().remove(id);
    CHECK(holds(announced.take(), Risk::spec(), id, ChangeSet::Kind::Removed));
    f.reg->risks().restore(id);
    CHECK(holds(announced.take(), Risk::spec(), id, ChangeSet::Kind::Restored));
}

TEST_CASE("a rollback announces nothing, and what it dropped never reaches the next commit", "[changes]")
{
    Fixture f;
    Announced announced(*f.reg);

    // Refused by validation: its transaction rolls back.
    Risk bad = f.risk(QString());
    CHECK_THROWS_AS(f.reg->risks().create(bad), ValidationError);
    CHECK(announced.sets.empty());

    // Rows written inside a transaction that is never committed.
    {
        Transaction tx(f.reg->database());
        f.reg->risks().create(f.risk(QStringLiteral("Försvinner")));
        f.reg->risks().create(f.risk(QStringLiteral("Försvinner också")));
    }
    CHECK(announced.sets.empty());
    CHECK(f.reg->risks().count() == 0);

    const qint64 kept = f.reg->risks().create(f.risk(QStringLiteral("Blir kvar")));
    const ChangeSet c = announced.take();
    REQUIRE(c.rows().size() == 1);
    CHECK(c.rows().front().id == kept);
}

TEST_CASE("nested transactions are one unit with one announcement after the outermost commit", "[changes]")
{
    Fixture f;
    Announced announced(*f.reg);
    qint64 a = 0;
    qint64 b = 0;
    {
        Transaction tx(f.reg->database());
        a = f.reg->risks().create(f.risk(QStringLiteral("Första")));
        b = f.reg->risks().create(f.risk(QStringLiteral("Andra")));
        // Each create committed its own inner transaction: nothing is announced before the end.
        CHECK(announced.sets.empty());
        tx.commit();
    }
    const ChangeSet c = announced.take();
    CHECK(holds(c, Risk::spec(), a, ChangeSet::Kind::Created));
    CHECK(holds(c, Risk::spec(), b, ChangeSet::Kind::Created));
    CHECK(c.rows().size() == 2);
}

TEST_CASE("an observer that writes does so in a transaction of its own, announced in turn", "[changes]")
{
    Fixture f;
    std::vector<ChangeSet> seen;
    bool wrote = false;
    const int handle = f.reg->observeChanges([&](const ChangeSet& c) {
        seen.push_back(c);
        if (!wrote) {
            wrote = true;
            OrgUnit u;
            u.kind = UnitKind::Unit;
            u.name = QStringLiteral("Receptionen");
            u.parentId = f.unit;
            f.reg->units().create(u);
        }
    });
    f.reg->risks().create(f.risk(QStringLiteral("Hot")));
    f.reg->stopObserving(handle);
    REQUIRE(seen.size() == 2);
    CHECK(seen[0].touches(Risk::spec()));
    CHECK(seen[1].tables() == QList<const TableSpec*>{&OrgUnit::spec()});
    CHECK(f.reg->database().transactionDepth() == 0);
    // The observer's unit was committed, not left in an open transaction.
    f.reg.reopen();
    CHECK(f.reg->units().count() == 4);
}

TEST_CASE("removing a row announces the dependants that went with it", "[changes]")
{
    Fixture f;
    const qint64 risk = f.reg->risks().create(f.risk(QStringLiteral("Hot")));
    const Action a = f.action(QStringLiteral("Larmknapp i receptionen"));
    const qint64 action = f.reg->actions().createForRisk(a, risk);
    Announced announced(*f.reg);
    f.reg->actions().remove(action);
    const ChangeSet c = announced.take();
    CHECK(holds(c, Action::spec(), action, ChangeSet::Kind::Removed));
    CHECK(c.rowsOf(ActionRisk::spec()).size() == 1);
    CHECK(c.rowsOf(ActionRisk::spec()).front().kind == ChangeSet::Kind::Removed);
}

TEST_CASE("an import announces every table it filled", "[changes][exchange]")
{
    TestRegister source(true);
    const QByteArray json = JsonExporter::exportRegister(*source);
    TestRegister target;
    Announced announced(*target);
    JsonImporter::importRegister(*target, json);
    const ChangeSet c = announced.take();
    for (const TableSpec* spec : {&OrgUnit::spec(), &Risk::spec(), &Action::spec(), &Incident::spec()})
        CHECK(c.touches(*spec));
    CHECK_FALSE(c.isEverything());
}

TEST_CASE("a value under a column name the table does not have is refused, not dropped", "[changes][storage]")
{
    Fixture f;
    const qint64 id = f.reg->risks().create(f.risk(QStringLiteral("Hot")));
    const qint64 history = f.reg->history().count();
    RecordStore store(f.reg->database(), Risk::spec());
    {
        Transaction tx(f.reg->database());
        CHECK_THROWS_WITH(store.update(id, {{QStringLiteral("titel"), QStringLiteral("Stavfel")}}),
                          Catch::Contains("titel"));
        CHECK_THROWS_WITH(
            store.insert({{QStringLiteral("title"), QStringLiteral("Ny")}, {QStringLiteral("unit"), f.unit}}),
            Catch::Contains("unit"));
    }
    CHECK(f.reg->risks().get(id).title == QStringLiteral("Hot"));
    CHECK(f.reg->risks().count() == 1);
    CHECK(f.reg->history().count() == history);
}

TEST_CASE("a risk made from a finding is linked in one unit that announces every row it touched",
          "[changes][risk]")
{
    Fixture f;
    const qint64 finding = f.finding();
    Announced announced(*f.reg);

    const qint64 risk = f.reg->risks().createFromFinding(finding, f.risk(QStringLiteral("Öppen bakdörr")));
    ChangeSet c = announced.take();
    CHECK(holds(c, Risk::spec(), risk, ChangeSet::Kind::Created));
    CHECK(holds(c, WalkFinding::spec(), finding, ChangeSet::Kind::Updated));
    CHECK(f.reg->walkFindings().get(finding).riskId == risk);

    // A finding has one risk: a second is refused and nothing is written.
    const qint64 risks = f.reg->risks().count();
    CHECK_THROWS_WITH(f.reg->risks().createFromFinding(finding, f.risk(QStringLiteral("Igen"))),
                      Catch::Contains("redan kopplad"));
    CHECK(f.reg->risks().count() == risks);
    CHECK(announced.sets.empty());

    // Taken back: the finding loses its link, then the risk goes (one unit).
    f.reg->risks().removeFromFinding(finding, risk);
    c = announced.take();
    CHECK(holds(c, Risk::spec(), risk, ChangeSet::Kind::Removed));
    CHECK(holds(c, WalkFinding::spec(), finding, ChangeSet::Kind::Updated));
    CHECK(f.reg->walkFindings().get(finding).riskId == 0);
    CHECK_FALSE(f.reg->risks().find(risk));

    // Brought back: the same risk, linked again.
    f.reg->risks().restoreToFinding(finding, risk);
    CHECK(f.reg->walkFindings().get(finding).riskId == risk);
    CHECK(f.reg->risks().get(risk).title == QStringLiteral("Öppen bakdörr"));

    // A risk that fails validation leaves the finding unlinked.
    const qint64 other = f.finding();
    CHECK_THROWS_AS(f.reg->risks().createFromFinding(other, f.risk(QString())), ValidationError);
    CHECK(f.reg->walkFindings().get(other).riskId == 0);
}

TEST_CASE("an action made for a risk comes with its link or not at all", "[changes][action]")
{
    Fixture f;
    const qint64 risk = f.reg->risks().create(f.risk(QStringLiteral("Hot")));
    const Action a = f.action(QStringLiteral("Larmknapp"));
    Announced announced(*f.reg);

    const qint64 action = f.reg->actions().createForRisk(a, risk);
    const ChangeSet c = announced.take();
    CHECK(holds(c, Action::spec(), action, ChangeSet::Kind::Created));
    REQUIRE(c.rowsOf(ActionRisk::spec()).size() == 1);
    CHECK(f.reg->actionRisks().ofAction(action).size() == 1);

    // A risk that is not there: the action is not left behind without its link.
    const qint64 actions = f.reg->actions().count();
    CHECK_THROWS_AS(f.reg->actions().createForRisk(a, risk + 1000), ValidationError);
    CHECK(f.reg->actions().count() == actions);
    CHECK(announced.sets.empty());
}

TEST_CASE("a residual set from an action caps each consequence dimension at its inherent value",
          "[risk][matrix]")
{
    Fixture f;
    RiskMatrix m = RiskMatrix::standard();
    m.setDimensions(
        {{QStringLiteral("life"), {QStringLiteral("Liv och hälsa"), QStringLiteral("Life and health")}},
         {QStringLiteral("operations"), {QStringLiteral("Verksamhet"), QStringLiteral("Operations")}}});
    f.reg->riskMatrix().save(m);
    Risk r = f.risk(QStringLiteral("Hot"));
    r.consequenceByDimension = {{QStringLiteral("life"), 2}, {QStringLiteral("operations"), 5}};
    const qint64 id = f.reg->risks().create(r);

    // Proposed 3: life keeps its 2 (below), operations is the worst and becomes 3.
    const RiskResidual proposed = f.reg->risks().proposedResidual(id, 2, 3);
    CHECK(proposed.likelihood == 2);
    CHECK(proposed.consequence == 3);
    CHECK(proposed.byDimension.value(QStringLiteral("life")) == 2);
    CHECK(proposed.byDimension.value(QStringLiteral("operations")) == 3);

    const RiskResidual before = f.reg->risks().get(id).residual();
    f.reg->risks().setResidual(id, proposed);
    Risk stored = f.reg->risks().get(id);
    CHECK(stored.residualLikelihood == 2);
    CHECK(stored.residualConsequence == 3);
    CHECK(stored.residualByDimension == proposed.byDimension);
    CHECK(stored.title == QStringLiteral("Hot")); // nothing else of the risk
    f.reg->risks().setResidual(id, before);
    CHECK_FALSE(f.reg->risks().get(id).hasResidual());

    // On a matrix of one consequence the residual is what was proposed.
    f.reg->riskMatrix().save(RiskMatrix::standard());
    const RiskResidual plain = f.reg->risks().proposedResidual(id, 1, 2);
    CHECK(plain.byDimension.isEmpty());
    CHECK(plain.consequence == 2);
}
