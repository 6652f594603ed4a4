#include "TestRegister.h"

#include <catch2/catch.hpp>
#include <functional>
#include <vector>

using namespace sakra;

namespace {
// One change to an otherwise valid row and the refusal it must meet.
template <typename T> struct Refusal
{
    std::function<void(T&)> change;
    const char* field;
    const char* text;
};

// Creates valid changed by each refusal in turn; each must be refused as it says, writing nothing.
template <typename T, typename Create>
void requireEachInvalid(TestRegister& reg, const T& valid, Create create,
                        const std::vector<Refusal<T>>& refusals)
{
    for (const Refusal<T>& r : refusals) {
        INFO("refused on " << r.field);
        T changed = valid;
        r.change(changed);
        requireInvalid(
            reg, [&] { create(changed); }, r.field, r.text);
    }
}

struct Org
{
    qint64 root, board, admin, dept, unit;
};

Org makeOrg(TestRegister& reg)
{
    Org o{};
    std::tie(o.root, o.board, o.admin) = reg.top(QStringLiteral("Nämnden"), QStringLiteral("Förvaltningen"));
    o.dept = reg.unit(UnitKind::Department, QStringLiteral("Avdelningen"), o.admin);
    o.unit = reg.unit(UnitKind::Unit, QStringLiteral("Enheten"), o.dept);
    return o;
}
} // namespace

TEST_CASE("organisational units are validated", "[validation]")
{
    TestRegister reg;
    const Org o = makeOrg(reg);
    requireInvalid(
        reg, [&] { reg.unit(UnitKind::Unit, QStringLiteral("   "), o.dept); }, "name", "namn");
    requireInvalid(
        reg, [&] { reg.unit(UnitKind::Unit, QString(201, QLatin1Char('x')), o.dept); }, "name", "för långt");
    requireInvalid(
        reg, [&] { reg.unit(UnitKind::Municipality, QStringLiteral("Andra kommunen"), 0); }, "kind",
        "bara en kommun");
    requireInvalid(
        reg, [&] { reg.unit(UnitKind::Municipality, QStringLiteral("Under"), o.board); }, "parent_id",
        "överst");
    requireInvalid(
        reg, [&] { reg.unit(UnitKind::Unit, QStringLiteral("Lös"), 0); }, "parent_id", "Välj var");
    requireInvalid(
        reg, [&] { reg.unit(UnitKind::Unit, QStringLiteral("Fel"), 9999); }, "parent_id", "Välj var");
    requireInvalid(
        reg, [&] { reg.unit(UnitKind::Board, QStringLiteral("Nämnd under enhet"), o.unit); }, "parent_id",
        "kan inte ligga under");
    requireInvalid(
        reg, [&] { reg.unit(UnitKind::Department, QStringLiteral("Avdelning under nämnd"), o.board); },
        "parent_id", "kan inte ligga under");
    requireInvalid(
        reg, [&] { reg.unit(UnitKind::Administration, QStringLiteral("Utan nämnd"), o.board, 0); },
        "board_id", "nämnd");
    requireInvalid(
        reg, [&] { reg.unit(UnitKind::Company, QStringLiteral("Bolag"), o.root, o.admin); }, "board_id",
        "ingen nämnd");
    requireInvalid(
        reg, [&] { reg.unit(UnitKind::Department, QStringLiteral("Avd"), o.admin, o.board); }, "board_id",
        "Bara förvaltningar");
}

TEST_CASE("people and sites are validated", "[validation]")
{
    TestRegister reg;
    const Org o = makeOrg(reg);
    Person p;
    p.name = QStringLiteral("Eva Ek");
    p.unitId = o.unit;
    requireEachInvalid(
        reg, p, [&](const Person& q) { reg->people().create(q); },
        {{[](Person& q) { q.name.clear(); }, "name", "namn"},
         {[](Person& q) { q.email = QStringLiteral("eva.ek"); }, "email", "E-postadressen"},
         {[](Person& q) { q.email = QStringLiteral("eva @kommun.se"); }, "email", "E-postadressen"},
         {[](Person& q) { q.phone = QStringLiteral("ring mig"); }, "phone", "Telefonnumret"},
         {[](Person& q) { q.unitId = 4242; }, "unit_id", "finns inte"}});
    p.email = QStringLiteral("eva.ek@kommun.se");
    p.phone = QStringLiteral("+46 13-20 00 00");
    CHECK(reg->people().create(p) > 0);

    Site s;
    requireInvalid(
        reg, [&] { reg->sites().create(s); }, "name", "namn");
    s.name = QStringLiteral("Stadshuset");
    requireInvalid(
        reg,
        [&] {
            Site t = s;
            t.postalCode = QStringLiteral("1234");
            reg->sites().create(t);
        },
        "postal_code", "fem siffror");
    s.postalCode = QStringLiteral("581 81");
    const qint64 site = reg->sites().create(s);
    const UnitSite link = linkBetween<UnitSite>(o.unit, site);
    reg->unitSites().create(link);
    requireInvalid(
        reg, [&] { reg->unitSites().create(link); }, "site_id", "redan");
    requireInvalid(
        reg,
        [&] {
            UnitSite l = link;
            l.secondId = 999;
            reg->unitSites().create(l);
        },
        "site_id", "Välj en lokal");
}

TEST_CASE("assignments are validated", "[validation]")
{
    TestRegister reg;
    const Org o = makeOrg(reg);
    Person p;
    p.name = QStringLiteral("Eva Ek");
    const qint64 person = reg->people().create(p);
    Assignment a;
    a.personId = person;
    a.roleId = reg.roleId(QStringLiteral("security_coordinator"));
    a.unitId = o.admin;
    a.startDate = QDate(2025, 1, 1);
    a.ftePercent = 100;

    requireEachInvalid(reg, a, [&](const Assignment& b) { reg->assignments().create(b); },
                       {{[](Assignment& b) { b.personId = 0; }, "person_id", "person"},
                        {[](Assignment& b) { b.roleId = 777; }, "role_id", "roll"},
                        {[](Assignment& b) { b.unitId = 0; }, "unit_id", "enhet"},
                        {[&](Assignment& b) { b.unitId = o.unit; }, "unit_id", "taktisk nivå"},
                        {[](Assignment& b) { b.startDate = QDate(); }, "start_date", "börjar"},
                        {[](Assignment& b) { b.endDate = QDate(2024, 12, 31); }, "end_date", "sluta innan"},
                        {[](Assignment& b) { b.ftePercent = 0; }, "fte_percent", "mellan 1 och 100"},
                        {[](Assignment& b) { b.ftePercent = 101; }, "fte_percent", "mellan 1 och 100"}});
    a.endDate = a.startDate; // a one-day assignment is fine
    CHECK(reg->assignments().create(a) > 0);
    // A security representative may be placed at a unit.
    a.roleId = reg.roleId(QStringLiteral("security_representative"));
    a.unitId = o.unit;
    CHECK(reg->assignments().create(a) > 0);
}

TEST_CASE("planned posts, profiles, milestones and budget are validated", "[validation]")
{
    TestRegister reg;
    const Org o = makeOrg(reg);
    PlannedPost post;
    post.unitId = o.admin;
    post.level = SecurityLevel::Tactical;
    post.posts = 2;
    requireEachInvalid(
        reg, post, [&](const PlannedPost& q) { reg->plannedPosts().create(q); },
        {{[&](PlannedPost& q) { q.unitId = o.dept; }, "unit_id", "förvaltning"},
         {[](PlannedPost& q) { q.posts = -1; }, "posts", "mellan 0 och 999"},
         {[](PlannedPost& q) { q.level = SecurityLevel::Related; }, "title", "vilken tjänst"},
         {[](PlannedPost& q) { q.title = QStringLiteral("Registrator"); }, "title",
          "utanför de tre nivåerna"},
         {[](PlannedPost& q) {
              q.level = SecurityLevel::Related;
              q.title = QString(201, QLatin1Char('x'));
          },
          "title", "högst 200"},
         {[](PlannedPost& q) { q.yearlyCostKr = -2; }, "yearly_cost_kr", "mellan 0 och"},
         {[](PlannedPost& q) { q.yearlyCostKr = 100'000'001; }, "yearly_cost_kr", "mellan 0 och"},
         {[&](PlannedPost& q) { q.boardId = o.admin; }, "board_id", "nämnd som betalar"},
         {[](PlannedPost& q) { q.boardId = 999; }, "board_id", "nämnd som betalar"}});
    reg->plannedPosts().create(post);
    requireInvalid(
        reg, [&] { reg->plannedPosts().create(post); }, "level", "redan planerade");

    const ProfileArea area = linkBetween<ProfileArea>(o.admin, reg->focusAreas().all().front().id);
    requireEachInvalid(reg, area, [&](const ProfileArea& q) { reg->profileAreas().create(q); },
                       {{[&](ProfileArea& q) { q.firstId = o.unit; }, "unit_id", "Kravprofiler"},
                        {[](ProfileArea& q) { q.secondId = 999; }, "focus_area_id", "sakområde"}});
    reg->profileAreas().create(area);
    requireInvalid(
        reg, [&] { reg->profileAreas().create(area); }, "focus_area_id", "redan");

    FocusArea f;
    requireInvalid(
        reg, [&] { reg->focusAreas().create(f); }, "name", "namn");
    f.name = reg->focusAreas().all().front().name;
    requireInvalid(
        reg, [&] { reg->focusAreas().create(f); }, "name", "redan");
    requireInvalid(
        reg, [&] { reg->focusAreas().remove(area.secondId); }, "id", "kravprofil");

    Milestone m;
    m.targetDate = QDate(2026, 6, 30);
    requireInvalid(
        reg, [&] { reg->milestones().create(m); }, "title", "rubrik");
    m.title = QStringLiteral("Forum startat");
    requireEachInvalid(reg, m, [&](const Milestone& n) { reg->milestones().create(n); },
                       {{[](Milestone& n) { n.targetDate = QDate(); }, "target_date", "ÅÅÅÅ-MM-DD"},
                        {[](Milestone& n) { n.level = SecurityLevel::Related; }, "level", "nivå"}});

    BudgetLine b;
    b.boardId = o.board;
    b.year = 2026;
    b.amountKr = 800'000;
    requireEachInvalid(
        reg, b, [&](const BudgetLine& c) { reg->budget().create(c); },
        {{[&](BudgetLine& c) { c.boardId = o.admin; }, "board_id", "nämnd"},
         {[](BudgetLine& c) { c.year = 26; }, "year", "fyra siffror"},
         {[](BudgetLine& c) { c.amountKr = -1; }, "amount_kr", "negativt"},
         {[](BudgetLine& c) { c.amountKr = BudgetRepository::kMaxAmountKr + 1; }, "amount_kr", "större"}});
    reg->budget().create(b);
    requireInvalid(
        reg, [&] { reg->budget().create(b); }, "year", "redan en budgetram för 2026");
}
