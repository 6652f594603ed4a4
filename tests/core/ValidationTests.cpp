#include "TestRegister.h"

#include <catch2/catch.hpp>

using namespace sakra;

namespace {
// Runs write and requires a ValidationError on field whose message contains text; nothing written.
template <typename Write>
void requireInvalid(TestRegister& reg, Write write, const char* field, const char* text)
{
    const auto before = reg->stats();
    try {
        write();
        FAIL("the input should have been refused");
    } catch (const ValidationError& e) {
        INFO(e.message().toStdString());
        CHECK(e.field() == QLatin1String(field));
        CHECK(e.message().contains(QString::fromUtf8(text)));
    }
    CHECK(reg->stats() == before);
}

struct Org
{
    qint64 root, board, admin, dept, unit;
};

Org makeOrg(TestRegister& reg)
{
    Org o{};
    o.root = reg.unit(UnitKind::Municipality, QStringLiteral("Kommunen"), 0);
    o.board = reg.unit(UnitKind::Board, QStringLiteral("Nämnden"), o.root);
    o.admin = reg.unit(UnitKind::Administration, QStringLiteral("Förvaltningen"), o.board, o.board);
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
    requireInvalid(
        reg,
        [&] {
            Person q = p;
            q.name.clear();
            reg->people().create(q);
        },
        "name", "namn");
    requireInvalid(
        reg,
        [&] {
            Person q = p;
            q.email = QStringLiteral("eva.ek");
            reg->people().create(q);
        },
        "email", "E-postadressen");
    requireInvalid(
        reg,
        [&] {
            Person q = p;
            q.email = QStringLiteral("eva @kommun.se");
            reg->people().create(q);
        },
        "email", "E-postadressen");
    requireInvalid(
        reg,
        [&] {
            Person q = p;
            q.phone = QStringLiteral("ring mig");
            reg->people().create(q);
        },
        "phone", "Telefonnumret");
    requireInvalid(
        reg,
        [&] {
            Person q = p;
            q.unitId = 4242;
            reg->people().create(q);
        },
        "unit_id", "finns inte");
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
    UnitSite link;
    link.unitId = o.unit;
    link.siteId = site;
    reg->unitSites().create(link);
    requireInvalid(
        reg, [&] { reg->unitSites().create(link); }, "site_id", "redan");
    requireInvalid(
        reg,
        [&] {
            UnitSite l = link;
            l.siteId = 999;
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

    requireInvalid(
        reg,
        [&] {
            Assignment b = a;
            b.personId = 0;
            reg->assignments().create(b);
        },
        "person_id", "person");
    requireInvalid(
        reg,
        [&] {
            Assignment b = a;
            b.roleId = 777;
            reg->assignments().create(b);
        },
        "role_id", "roll");
    requireInvalid(
        reg,
        [&] {
            Assignment b = a;
            b.unitId = 0;
            reg->assignments().create(b);
        },
        "unit_id", "enhet");
    requireInvalid(
        reg,
        [&] {
            Assignment b = a;
            b.unitId = o.unit;
            reg->assignments().create(b);
        },
        "unit_id", "taktisk nivå");
    requireInvalid(
        reg,
        [&] {
            Assignment b = a;
            b.startDate = QDate();
            reg->assignments().create(b);
        },
        "start_date", "börjar");
    requireInvalid(
        reg,
        [&] {
            Assignment b = a;
            b.endDate = QDate(2024, 12, 31);
            reg->assignments().create(b);
        },
        "end_date", "sluta innan");
    requireInvalid(
        reg,
        [&] {
            Assignment b = a;
            b.ftePercent = 0;
            reg->assignments().create(b);
        },
        "fte_percent", "mellan 1 och 100");
    requireInvalid(
        reg,
        [&] {
            Assignment b = a;
            b.ftePercent = 101;
            reg->assignments().create(b);
        },
        "fte_percent", "mellan 1 och 100");
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
    requireInvalid(
        reg,
        [&] {
            PlannedPost q = post;
            q.unitId = o.dept;
            reg->plannedPosts().create(q);
        },
        "unit_id", "förvaltning");
    requireInvalid(
        reg,
        [&] {
            PlannedPost q = post;
            q.posts = -1;
            reg->plannedPosts().create(q);
        },
        "posts", "mellan 0 och 999");
    requireInvalid(
        reg,
        [&] {
            PlannedPost q = post;
            q.level = SecurityLevel::Related;
            reg->plannedPosts().create(q);
        },
        "level", "nivå");
    reg->plannedPosts().create(post);
    requireInvalid(
        reg, [&] { reg->plannedPosts().create(post); }, "level", "redan planerade");

    ProfileArea area;
    area.unitId = o.admin;
    area.focusAreaId = reg->focusAreas().all().front().id;
    requireInvalid(
        reg,
        [&] {
            ProfileArea q = area;
            q.unitId = o.unit;
            reg->profileAreas().create(q);
        },
        "unit_id", "Kravprofiler");
    requireInvalid(
        reg,
        [&] {
            ProfileArea q = area;
            q.focusAreaId = 999;
            reg->profileAreas().create(q);
        },
        "focus_area_id", "sakområde");
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
        reg, [&] { reg->focusAreas().remove(area.focusAreaId); }, "id", "kravprofil");

    Milestone m;
    m.targetDate = QDate(2026, 6, 30);
    requireInvalid(
        reg, [&] { reg->milestones().create(m); }, "title", "rubrik");
    m.title = QStringLiteral("Forum startat");
    requireInvalid(
        reg,
        [&] {
            Milestone n = m;
            n.targetDate = QDate();
            reg->milestones().create(n);
        },
        "target_date", "ÅÅÅÅ-MM-DD");
    requireInvalid(
        reg,
        [&] {
            Milestone n = m;
            n.level = SecurityLevel::Related;
            reg->milestones().create(n);
        },
        "level", "nivå");

    BudgetLine b;
    b.boardId = o.board;
    b.year = 2026;
    b.amountKr = 800'000;
    requireInvalid(
        reg,
        [&] {
            BudgetLine c = b;
            c.boardId = o.admin;
            reg->budget().create(c);
        },
        "board_id", "nämnd");
    requireInvalid(
        reg,
        [&] {
            BudgetLine c = b;
            c.year = 26;
            reg->budget().create(c);
        },
        "year", "fyra siffror");
    requireInvalid(
        reg,
        [&] {
            BudgetLine c = b;
            c.amountKr = -1;
            reg->budget().create(c);
        },
        "amount_kr", "negativt");
    requireInvalid(
        reg,
        [&] {
            BudgetLine c = b;
            c.amountKr = BudgetRepository::kMaxAmountKr + 1;
            reg->budget().create(c);
        },
        "amount_kr", "större");
    reg->budget().create(b);
    requireInvalid(
        reg, [&] { reg->budget().create(b); }, "year", "redan en budgetram för 2026");
}
