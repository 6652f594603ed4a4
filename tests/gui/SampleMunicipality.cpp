#include "SampleMunicipality.h"

#include "Register.h"
#include "exchange/DemoMunicipality.h"
#include "storage/Transaction.h"

#include <QDate>

namespace sakra::test {

namespace {
qint64 addUnit(Register& reg, qint64 parent, UnitKind kind, const QString& name, qint64 board = 0)
{
    OrgUnit u;
    u.parentId = parent;
    u.kind = kind;
    u.name = name;
    u.boardId = board;
    return reg.units().create(u);
}

qint64 addPerson(Register& reg, const QString& name, const QString& title, qint64 unit, int n)
{
    Person p;
    p.name = name;
    p.title = title;
    p.unitId = unit;
    p.email = QStringLiteral("person%1@exempel.kommun.se").arg(n);
    p.phone = QStringLiteral("013-20 %1").arg(10000 + n);
    return reg.people().create(p);
}

qint64 roleId(Register& reg, const QString& code)
{
    for (const SecurityRole& r : reg.roles().all())
        if (r.code == code)
            return r.id;
    return 0;
}

void assign(Register& reg, qint64 person, qint64 role, qint64 unit, int fte, const QDate& start,
            const QDate& end = QDate())
{
    Assignment a;
    a.personId = person;
    a.roleId = role;
    a.unitId = unit;
    a.ftePercent = fte;
    a.startDate = start;
    a.endDate = end;
    reg.assignments().create(a);
}

void plan(Register& reg, qint64 unit, SecurityLevel level, int posts)
{
    PlannedPost p;
    p.unitId = unit;
    p.level = level;
    p.posts = posts;
    reg.plannedPosts().create(p);
}

const char* const kFirstNames[] = {"Anna", "Erik", "Maria", "Lars",   "Karin", "Anders", "Eva", "Johan",
                                   "Sara", "Per",  "Lena",  "Mikael", "Emma",  "Nils",   "Ida", "Omar"};
const char* const kLastNames[] = {"Andersson", "Johansson", "Karlsson", "Nilsson",    "Eriksson",   "Larsson",
                                  "Olsson",    "Persson",   "Svensson", "Gustafsson", "Pettersson", "Ali"};

QString personName(int n)
{
    return QStringLiteral("%1 %2").arg(QString::fromUtf8(kFirstNames[n % 16]),
                                       QString::fromUtf8(kLastNames[(n / 16) % 12]));
}
} // namespace

void SampleMunicipality::populate(Register& reg)
{
    Transaction tx(reg.database());
    const QDate start(2024, 1, 1);
    const qint64 kommun = addUnit(reg, 0, UnitKind::Municipality, QStringLiteral("Exempelkommun"));
    const qint64 ks = addUnit(reg, kommun, UnitKind::Board, QStringLiteral("Kommunstyrelsen"));
    const qint64 bun = addUnit(reg, kommun, UnitKind::Board, QStringLiteral("Barn- och utbildningsnämnden"));
    const qint64 sn = addUnit(reg, kommun, UnitKind::Board, QStringLiteral("Socialnämnden"));
    const qint64 klf =
        addUnit(reg, ks, UnitKind::Administration, QStringLiteral("Kommunledningsförvaltningen"), ks);
    const qint64 uf =
        addUnit(reg, bun, UnitKind::Administration, QStringLiteral("Utbildningsförvaltningen"), bun);
    const qint64 sf = addUnit(reg, sn, UnitKind::Administration, QStringLiteral("Socialförvaltningen"), sn);
    const qint64 bolag = addUnit(reg, ks, UnitKind::Company, QStringLiteral("Exempelbostäder AB"), ks);
    const qint64 grund = addUnit(reg, uf, UnitKind::Department, QStringLiteral("Grundskoleavdelningen"));
    const qint64 forskola = addUnit(reg, uf, UnitKind::Department, QStringLiteral("Förskoleavdelningen"));
    const qint64 omsorg = addUnit(reg, sf, UnitKind::Department, QStringLiteral("Äldreomsorgen"));
    const qint64 ifo = addUnit(reg, sf, UnitKind::Department, QStringLiteral("Individ- och familjeomsorgen"));
    const qint64 sakerhet = addUnit(reg, klf, UnitKind::Department, QStringLiteral("Säkerhetsenheten"));
    QList<qint64> units;
    const QStringList schools{QStringLiteral("Norrskolan"), QStringLiteral("Södra skolan"),
                              QStringLiteral("Ekbackeskolan")};
    for (const QString& s : schools)
        units << addUnit(reg, grund, UnitKind::Unit, s);
    for (const QString& s : {QStringLiteral("Förskolan Solen"), QStringLiteral("Förskolan Månen")})
        units << addUnit(reg, forskola, UnitKind::Unit, s);
    for (const QString& s : {QStringLiteral("Lindgårdens äldreboende"), QStringLiteral("Hemtjänst Centrum")})
        units << addUnit(reg, omsorg, UnitKind::Unit, s);
    units << addUnit(reg, ifo, UnitKind::Unit, QStringLiteral("Försörjningsstöd"));

    // Two sites, each with the unit that works there.
    const struct
    {
        const char* name;
        const char* street;
        const char* postalCode;
        qint64 unitId;
    } sites[] = {{"Stadshuset", "Storgatan 1", "581 81", klf},
                 {"Norrskolan, hus A", "Skolvägen 4", "582 30", units.first()}};
    for (const auto& s : sites) {
        Site site;
        site.name = QString::fromUtf8(s.name);
        site.street = QString::fromUtf8(s.street);
        site.postalCode = QString::fromUtf8(s.postalCode);
        site.city = QStringLiteral("Exempelstad");
        reg.unitSites().link(s.unitId, reg.sites().create(site));
    }

    int n = 0;
    const qint64 chef =
        addPerson(reg, QStringLiteral("Helena Berg"), QStringLiteral("Säkerhetschef"), sakerhet, n++);
    const qint64 strateg =
        addPerson(reg, QStringLiteral("Jonas Ek"), QStringLiteral("Säkerhetsstrateg"), sakerhet, n++);
    assign(reg, chef, roleId(reg, QStringLiteral("head_of_security")), klf, 100, start);
    assign(reg, strateg, roleId(reg, QStringLiteral("security_strategist")), klf, 100, start);
    const qint64 coordinator = roleId(reg, QStringLiteral("security_coordinator"));
    assign(reg, addPerson(reg, personName(n), QStringLiteral("Säkerhetssamordnare"), uf, n), coordinator, uf,
           50, start);
    ++n;
    assign(reg, addPerson(reg, personName(n), QStringLiteral("Säkerhetssamordnare"), sf, n), coordinator, sf,
           100, start);
    ++n;
    assign(reg, addPerson(reg, personName(n), QStringLiteral("Säkerhetssamordnare"), sf, n), coordinator, sf,
           50, QDate(2022, 1, 1), QDate(2023, 12, 31));
    ++n;
    const qint64 ombud = roleId(reg, QStringLiteral("security_representative"));
    for (qint64 unit : units) {
        for (int i = 0; i < 4; ++i, ++n) {
            const qint64 p =
                addPerson(reg, personName(n),
                          i == 0 ? QStringLiteral("Enhetschef") : QStringLiteral("Medarbetare"), unit, n);
            if (i == 1)
                assign(reg, p, ombud, unit, 10, start);
        }
    }

    plan(reg, klf, SecurityLevel::Strategic, 2);
    plan(reg, uf, SecurityLevel::Tactical, 2);
    plan(reg, sf, SecurityLevel::Tactical, 1);
    plan(reg, bolag, SecurityLevel::Tactical, 1);
    plan(reg, uf, SecurityLevel::Operational, 5);

    const auto areas = reg.focusAreas().all();
    for (qint64 admin : {uf, sf})
        for (size_t i = 0; i < areas.size(); i += (admin == uf ? 2 : 3))
            reg.profileAreas().link(admin, areas[i].id);

    Milestone m;
    m.title = QStringLiteral("Säkerhetssamordnare utsedda i alla förvaltningar");
    m.level = SecurityLevel::Tactical;
    m.targetDate = QDate(2024, 6, 30);
    m.status = Milestone::Status::Done;
    reg.milestones().create(m);
    m.title = QStringLiteral("Säkerhetsombud på alla enheter");
    m.level = SecurityLevel::Operational;
    m.targetDate = QDate(2025, 12, 31);
    m.status = Milestone::Status::InProgress;
    reg.milestones().create(m);
    m.title = QStringLiteral("Första årliga utvärderingen");
    m.level.reset();
    m.targetDate = QDate(2026, 3, 31);
    m.status = Milestone::Status::Planned;
    reg.milestones().create(m);

    int year = 2025;
    for (qint64 board : {ks, bun, sn}) {
        for (int y = year; y <= year + 1; ++y) {
            BudgetLine b;
            b.boardId = board;
            b.year = y;
            b.amountKr = board == ks ? 3'500'000 : 1'250'000;
            reg.budget().create(b);
        }
    }
    tx.commit();
}

void SampleMunicipality::generate(Register& reg, int unitCount, int peopleCount)
{
    Transaction tx(reg.database());
    const qint64 kommun = addUnit(reg, 0, UnitKind::Municipality, QStringLiteral("Storkommun"));
    QList<qint64> leaves;
    int made = 1;
    int n = 0;
    // 15 boards with an administration each; departments and units below until the count is met.
    const int boards = 15;
    const int perAdmin = (unitCount - 1 - 2 * boards) / boards;
    for (int b = 0; b < boards; ++b) {
        const qint64 board = addUnit(reg, kommun, UnitKind::Board,
                                     QStringLiteral("Nämnd %1").arg(b + 1, 2, 10, QLatin1Char('0')));
        const qint64 admin =
            addUnit(reg, board, UnitKind::Administration,
                    QStringLiteral("Förvaltning %1").arg(b + 1, 2, 10, QLatin1Char('0')), board);
        made += 2;
        plan(reg, admin, SecurityLevel::Tactical, 2 + b % 3);
        const int departments = std::max(1, perAdmin / 30);
        int left = perAdmin;
        for (int d = 0; d < departments && left > 0; ++d) {
            const qint64 dep = addUnit(reg, admin, UnitKind::Department,
                                       QStringLiteral("Avdelning %1.%2").arg(b + 1).arg(d + 1));
            --left;
            ++made;
            const int unitsHere = std::min(left, perAdmin / departments);
            for (int u = 0; u < unitsHere; ++u, --left, ++made)
                leaves << addUnit(reg, dep, UnitKind::Unit,
                                  QStringLiteral("Enhet %1.%2.%3").arg(b + 1).arg(d + 1).arg(u + 1));
        }
    }
    for (; n < peopleCount; ++n)
        addPerson(reg, personName(n) + QStringLiteral(" %1").arg(n), QStringLiteral("Medarbetare"),
                  leaves.isEmpty() ? kommun : leaves.at(n % leaves.size()), n);
    tx.commit();
}

void SampleMunicipality::populateDemo(Register& reg)
{
    DemoMunicipality::populate(reg);
    if (reg.units().count() == 0)
        populate(reg);
}

} // namespace sakra::test
