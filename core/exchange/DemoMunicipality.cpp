#include "DemoMunicipality.h"

#include "DemoActions.h"
#include "DemoIncidents.h"
#include "DemoPreparedness.h"
#include "DemoRisks.h"
#include "Register.h"
#include "storage/Transaction.h"

#include <QHash>
#include <algorithm>

namespace sakra {

namespace {

// The boards and budget split of the Linköping decision (10 500 000 kr in all).
struct BoardRow
{
    const char* key;
    const char* name;
    qint64 budgetKr;
};
const BoardRow kBoards[] = {
    {"ks", "Kommunstyrelsen", 4'100'000},        {"son", "Social- och omsorgsnämnden", 1'200'000},
    {"aen", "Äldrenämnden", 1'200'000},          {"bun", "Barn- och ungdomsnämnden", 800'000},
    {"bin", "Bildningsnämnden", 800'000},        {"amn", "Arbetsmarknadsnämnden", 800'000},
    {"sbn", "Samhällsbyggnadsnämnden", 800'000}, {"kfn", "Kultur- och fritidsnämnden", 800'000},
};

// Administrations and the company, with the number of coordinators planned for each and the
// focus areas of their requirement profiles (seed 003's table, by catalogue order).
struct AdminRow
{
    const char* key;
    const char* name;
    const char* board;
    bool company;
    int coordinators;
    int representatives;
    std::initializer_list<const char*> focus;
};
const AdminRow kAdmins[] = {
    {"klf",
     "Kommunledningsförvaltningen",
     "ks",
     false,
     1,
     2,
     {"Systematiskt brandskyddsarbete (SBA)", "Avvikelse- och skaderapportering",
      "Lokaler – fysisk och teknisk säkerhet", "Hot och våld, personsäkerhet", "Valsäkerhet"}},
    {"vos",
     "Verksamhetsstöd och service",
     "ks",
     false,
     1,
     2,
     {"Riskhantering – riskanalys", "Systematiskt brandskyddsarbete (SBA)",
      "Avvikelse- och skaderapportering", "Kontraktuell riskhantering (upphandling)",
      "Hot och våld, personsäkerhet"}},
    {"utb",
     "Utbildningsförvaltningen",
     "bun",
     false,
     2,
     6,
     {"Riskhantering – riskanalys", "Riskhantering – riskinventering", "Systematiskt brandskyddsarbete (SBA)",
      "Avvikelse- och skaderapportering", "Lokaler – fysisk och teknisk säkerhet", "Larmhantering",
      "Skador, skadegörelse och ersättningskrav mot hyresvärd",
      "Samverkan med polis, socialtjänst och brottsförebyggande grupper",
      "Trygghetsskapande och brottsförebyggande arbete, platsanalyser", "Hot och våld, personsäkerhet"}},
    {"iaf",
     "Integrations- och arbetsmarknadsförvaltningen",
     "amn",
     false,
     1,
     5,
     {"Riskhantering – riskanalys", "Systematiskt brandskyddsarbete (SBA)",
      "Trygghetsskapande och brottsförebyggande arbete, platsanalyser"}},
    {"kof",
     "Kultur- och fritidsförvaltningen",
     "kfn",
     false,
     1,
     3,
     {"Riskhantering – riskanalys", "Eventsäkerhet", "Systematiskt brandskyddsarbete (SBA)",
      "Avvikelse- och skaderapportering", "Anläggningar och idrottshallar (lokalbokning, bevakning)"}},
    {"soo",
     "Social- och omsorgsförvaltningen",
     "son",
     false,
     2,
     4,
     {"Systematiskt brandskyddsarbete (SBA)", "Avvikelse- och skaderapportering",
      "Individanpassat brandskydd", "Lokaler – fysisk och teknisk säkerhet",
      "Skador, skadegörelse och ersättningskrav mot hyresvärd", "Hot och våld, personsäkerhet",
      "Otillåten påverkan och oegentligheter"}},
    {"omp",
     "Omsorgsproduktion Lindvalla",
     "aen",
     false,
     1,
     4,
     {"Riskhantering – riskanalys", "Systematiskt brandskyddsarbete (SBA)",
      "Avvikelse- och skaderapportering", "Individanpassat brandskydd", "Hot och våld, personsäkerhet",
      "Ensam- och nattarbete"}},
    {"msb",
     "Miljö- och samhällsbyggnadsförvaltningen",
     "sbn",
     false,
     1,
     2,
     {"Systematiskt brandskyddsarbete (SBA)", "Avvikelse- och skaderapportering",
      "Otillåten påverkan och oegentligheter",
      "Trygghetsskapande och brottsförebyggande arbete, platsanalyser", "Säkerhetsfrågor på samhällsplanet",
      "Hot och våld, personsäkerhet", "Riskhantering – riskanalys"}},
    {"lfa",
     "Lindvalla Kommunfastigheter AB",
     "ks",
     true,
     2,
     1,
     {"Riskhantering – riskanalys", "Lokaler – fysisk och teknisk säkerhet", "Larmhantering",
      "Skador, skadegörelse och ersättningskrav mot hyresvärd"}},
};

// Departments and units; parent is an administration key or a department key.
struct UnitRow
{
    const char* key;
    const char* name;
    const char* parent;
    bool department;
};
const UnitRow kUnits[] = {
    {"klf-sak", "Säkerhetsenheten", "klf", true},
    {"klf-hr", "HR-staben", "klf", true},
    {"klf-ek", "Ekonomistaben", "klf", true},
    {"vos-it", "IT-service", "vos", true},
    {"vos-mat", "Måltidsservice", "vos", true},
    {"utb-gr", "Avdelningen Grundskola", "utb", true},
    {"utb-gy", "Avdelningen Gymnasieskola", "utb", true},
    {"utb-fsk", "Avdelningen Förskola", "utb", true},
    {"utb-gr-ekb", "Ekbackens skola", "utb-gr", false},
    {"utb-gr-str", "Strandskolan", "utb-gr", false},
    {"utb-gr-vas", "Västra skolan", "utb-gr", false},
    {"utb-gy-cen", "Centrumgymnasiet", "utb-gy", false},
    {"utb-fsk-sol", "Förskolan Solrosen", "utb-fsk", false},
    {"iaf-vux", "Avdelningen Vuxenutbildning", "iaf", true},
    {"iaf-arb", "Avdelningen Arbetsmarknad", "iaf", true},
    {"iaf-eko", "Avdelningen Socialtjänst – ekonomiskt bistånd", "iaf", true},
    {"iaf-vux-ujc", "Utbildnings- och jobbcenter Norr", "iaf-vux", false},
    {"iaf-vux-lc", "Lärcentrum Söder", "iaf-vux", false},
    {"iaf-arb-jt", "Jobbtorget", "iaf-arb", false},
    {"iaf-eko-fs", "Försörjningsstöd Centrum", "iaf-eko", false},
    {"kof-bib", "Stadsbiblioteket", "kof", true},
    {"kof-ung", "Ungdomsverksamheten", "kof", true},
    {"kof-idr", "Idrottsanläggningar", "kof", true},
    {"kof-ung-fg", "Fritidsgården Kvarnen", "kof-ung", false},
    {"soo-ifo", "Individ- och familjeomsorg", "soo", true},
    {"soo-fun", "Funktionsstöd", "soo", true},
    {"soo-ifo-mott", "Mottagningsenheten", "soo-ifo", false},
    {"soo-fun-bo", "Gruppbostaden Linden", "soo-fun", false},
    {"omp-ht", "Hemtjänsten", "omp", true},
    {"omp-sb", "Särskilt boende", "omp", true},
    {"omp-ht-nat", "Nattpatrullen", "omp-ht", false},
    {"omp-ht-omr", "Områdesteamet Öster", "omp-ht", false},
    {"omp-sb-asp", "Aspgårdens äldreboende", "omp-sb", false},
    {"msb-byg", "Bygglovsavdelningen", "msb", true},
    {"msb-mil", "Miljökontoret", "msb", true},
    {"lfa-fv", "Fastighetsförvaltning", "lfa", true},
};

struct SiteRow
{
    const char* key;
    const char* name;
    const char* street;
    const char* postal;
    std::initializer_list<const char*> units;
};
const SiteRow kSites[] = {
    {"stadshuset",
     "Stadshuset",
     "Storgatan 1",
     "581 81",
     {"klf", "klf-sak", "klf-hr", "klf-ek", "msb", "msb-byg", "msb-mil"}},
    {"servicehuset", "Servicehuset", "Industrigatan 14", "582 73", {"vos", "vos-it", "vos-mat"}},
    {"ekbacken", "Ekbackens skola", "Ekbacksvägen 3", "583 30", {"utb-gr-ekb"}},
    {"strand", "Strandskolan", "Strandvägen 22", "583 35", {"utb-gr-str"}},
    {"vastra", "Västra skolan", "Västra vägen 9", "584 31", {"utb-gr-vas"}},
    {"cgy", "Centrumgymnasiet", "Skolgatan 5", "582 22", {"utb-gy", "utb-gy-cen"}},
    {"solrosen", "Förskolan Solrosen", "Blomstervägen 2", "584 40", {"utb-fsk-sol"}},
    // Vuxenutbildning and Arbetsmarknad share premises, as in the Uppsala report.
    {"larcentrum",
     "Lärcentrum, Torggatan 6",
     "Torggatan 6",
     "582 24",
     {"iaf-vux", "iaf-vux-lc", "iaf-arb", "iaf-arb-jt"}},
    {"ujc", "Utbildnings- och jobbcenter Norr", "Verkstadsgatan 11", "586 63", {"iaf-vux-ujc"}},
    {"kvarngatan",
     "Kvarngatan 4 (hus A och B)",
     "Kvarngatan 4",
     "582 46",
     {"iaf-eko", "iaf-eko-fs", "soo-ifo-mott"}},
    {"bibliotek", "Stadsbiblioteket", "Biblioteksgatan 1", "582 21", {"kof-bib"}},
    {"kvarnen", "Fritidsgården Kvarnen", "Kvarnvägen 8", "585 60", {"kof-ung-fg"}},
    {"arenan", "Lindvalla Arena", "Arenavägen 1", "582 54", {"kof-idr"}},
    {"linden", "Gruppbostaden Linden", "Lindallén 17", "584 37", {"soo-fun-bo"}},
    {"aspgarden", "Aspgårdens äldreboende", "Aspvägen 2", "585 91", {"omp-sb", "omp-sb-asp"}},
    {"hemtjanst",
     "Hemtjänstens lokal Öster",
     "Östra Ringvägen 40",
     "582 75",
     {"omp-ht", "omp-ht-nat", "omp-ht-omr"}},
    {"lfa-kontor", "Kommunfastigheters kontor", "Hamngatan 10", "582 26", {"lfa", "lfa-fv"}},
};

// People: name, title, unit key, role code or empty, start date, share of full time.
struct DemoPerson
{
    const char* name;
    const char* title;
    const char* unit;
    const char* role;
    const char* roleUnit; // where the role is held; defaults to unit
    const char* start;
    int fte;
};
const DemoPerson kPeople[] = {
    {"Maria Lindqvist", "Säkerhetschef", "klf-sak", "head_of_security", nullptr, "2021-09-01", 100},
    {"Jonas Ekholm", "Säkerhetsstrateg", "klf-sak", "security_strategist", nullptr, "2021-11-15", 100},
    {"Sara Holmberg", "Säkerhetsstrateg", "klf-sak", "security_strategist", nullptr, "2022-02-01", 100},
    {"Erik Sandell", "Säkerhetssamordnare", "klf", "security_coordinator", nullptr, "2022-03-01", 100},
    {"Lena Axelsson", "Säkerhetssamordnare", "vos", "security_coordinator", nullptr, "2022-05-01", 100},
    {"Karin Nordström", "Säkerhetssamordnare", "utb", "security_coordinator", nullptr, "2022-02-15", 100},
    {"Anders Björk", "Säkerhetssamordnare", "iaf", "security_coordinator", nullptr, "2022-04-01", 100},
    {"Fatima Rahimi", "Säkerhetssamordnare", "kof", "security_coordinator", nullptr, "2022-09-01", 50},
    {"Peter Wallin", "Säkerhetssamordnare", "soo", "security_coordinator", nullptr, "2022-03-15", 100},
    {"Nina Falk", "Säkerhetssamordnare", "soo", "security_coordinator", nullptr, "2023-01-09", 50},
    {"Johan Mattsson", "Säkerhetssamordnare", "omp", "security_coordinator", nullptr, "2022-06-01", 100},
    {"Elin Berglund", "Säkerhetssamordnare", "msb", "security_coordinator", nullptr, "2022-08-15", 100},
    {"Mikael Strand", "Trygghets- och säkerhetssamordnare", "lfa", "security_coordinator", nullptr,
     "2020-01-01", 100},
    {"Helena Kvist", "Rektor", "utb-gr-ekb", "security_representative", nullptr, "2022-10-01", 10},
    {"Oskar Lund", "Lärare", "utb-gr-str", "security_representative", nullptr, "2023-01-16", 10},
    {"Amira Hassan", "Biträdande rektor", "utb-gy-cen", "security_representative", nullptr, "2022-11-01", 10},
    {"Camilla Öberg", "Förskolechef", "utb-fsk-sol", "security_representative", nullptr, "2023-03-01", 5},
    {"Tomas Engström", "Studie- och yrkesvägledare", "iaf-vux-ujc", "security_representative", nullptr,
     "2022-09-15", 10},
    {"Linnea Sjöberg", "Enhetschef", "iaf-vux-lc", "security_representative", nullptr, "2023-02-01", 10},
    {"Daniel Persson", "Arbetsmarknadskonsulent", "iaf-arb-jt", "security_representative", nullptr,
     "2022-10-15", 10},
    {"Sofia Karlsson", "Socialsekreterare", "iaf-eko-fs", "security_representative", nullptr, "2022-12-01",
     10},
    {"Viktor Nyberg", "Bibliotekarie", "kof-bib", "security_representative", nullptr, "2023-04-01", 10},
    {"Hanna Blom", "Fritidsledare", "kof-ung-fg", "security_representative", nullptr, "2023-05-01", 10},
    {"Ali Yilmaz", "Enhetschef", "soo-ifo-mott", "security_representative", nullptr, "2022-11-15", 10},
    {"Ingrid Hedlund", "Enhetschef", "soo-fun-bo", "security_representative", nullptr, "2023-01-02", 10},
    {"Gustav Lindgren", "Undersköterska", "omp-ht-nat", "security_representative", nullptr, "2023-02-15", 10},
    {"Marie Forsberg", "Enhetschef", "omp-sb-asp", "security_representative", nullptr, "2022-10-01", 10},
    {"Rebecka Ahmadi", "Bygglovshandläggare", "msb-byg", "security_representative", nullptr, "2023-03-15", 5},
    {"Stefan Öhman", "Driftchef", "lfa-fv", "fire_safety_lead", nullptr, "2021-01-01", 20},
    {"Eva Granlund", "Förvaltningsdirektör", "iaf", nullptr, nullptr, nullptr, 0},
    {"Patrik Hellström", "Avdelningschef", "iaf-vux", nullptr, nullptr, nullptr, 0},
    {"Lotta Bergqvist", "Kommundirektör", "klf", nullptr, nullptr, nullptr, 0},
    {"Henrik Ström", "Informationssäkerhetssamordnare", "klf-sak", "information_security_officer", nullptr,
     "2022-01-10", 100},
    {"Ulrika Dahl", "Beredskapssamordnare", "klf-sak", "preparedness_coordinator", nullptr, "2021-05-01",
     100},
};

struct MilestoneRow
{
    const char* title;
    const char* level; // empty: all levels
    const char* date;
    Milestone::Status status;
};
const MilestoneRow kMilestones[] = {
    {"Rekrytering av säkerhetssamordnare påbörjad", "strategic", "2021-12-31", Milestone::Status::Done},
    {"Styrdokument, mallar och e-utbildningar framtagna", "strategic", "2022-06-30", Milestone::Status::Done},
    {"Säkerhetsforum startat med tillgängliga samordnare", "strategic", "2022-04-30",
     Milestone::Status::Done},
    {"Förvaltningsintroduktion för säkerhetssamordnarna", "tactical", "2022-12-31", Milestone::Status::Done},
    {"Första särskilda utvärdering av säkerhetsorganisationen", "strategic", "2022-12-31",
     Milestone::Status::Done},
    {"Säkerhetsombud utsedda i verksamheterna", "operational", "2023-12-31", Milestone::Status::InProgress},
    {"Säkerhetsorganisationen fullt införd", "", "2023-12-31", Milestone::Status::InProgress},
    {"Årlig utvärdering 2026", "strategic", "2026-12-31", Milestone::Status::Planned},
    {"Tillämpningsanvisning för säkerhetsorganisationen", "strategic", "2025-06-30",
     Milestone::Status::Postponed},
};

} // namespace

void DemoMunicipality::populate(Register& reg)
{
    Transaction tx(reg.database());
    QHash<QString, qint64> unitIds;
    auto key = [](const char* k) { return QString::fromUtf8(k); };

    OrgUnit municipality;
    municipality.kind = UnitKind::Municipality;
    municipality.name = QStringLiteral("Lindvalla kommun");
    municipality.note =
        QStringLiteral("Demokommun med påhittade namn, byggd på verkliga kommunala underlag.");
    const qint64 root = reg.units().create(municipality);

    for (const BoardRow& b : kBoards) {
        OrgUnit board;
        board.kind = UnitKind::Board;
        board.parentId = root;
        board.name = key(b.name);
        unitIds.insert(key(b.key), reg.units().create(board));
    }
    for (const AdminRow& a : kAdmins) {
        OrgUnit admin;
        admin.kind = a.company ? UnitKind::Company : UnitKind::Administration;
        // Administrations sit under their board; the company sits under the municipality.
        admin.parentId = a.company ? root : unitIds.value(key(a.board));
        admin.boardId = unitIds.value(key(a.board));
        admin.name = key(a.name);
        unitIds.insert(key(a.key), reg.units().create(admin));
    }
    for (const UnitRow& u : kUnits) {
        OrgUnit unit;
        unit.kind = u.department ? UnitKind::Department : UnitKind::Unit;
        unit.parentId = unitIds.value(key(u.parent));
        unit.name = key(u.name);
        unitIds.insert(key(u.key), reg.units().create(unit));
    }
    for (const SiteRow& s : kSites) {
        Site site;
        site.name = key(s.name);
        site.street = key(s.street);
        site.postalCode = key(s.postal);
        site.city = QStringLiteral("Lindvalla");
        const qint64 siteId = reg.sites().create(site);
        for (const char* unit : s.units)
            reg.unitSites().link(unitIds.value(key(unit)), siteId);
    }

    QHash<QString, qint64> roleIds;
    for (const SecurityRole& role : reg.roles().all())
        roleIds.insert(role.code, role.id);
    for (const DemoPerson& p : kPeople) {
        Person person;
        person.name = key(p.name);
        person.title = key(p.title);
        person.unitId = unitIds.value(key(p.unit));
        QString mail = person.name.toLower();
        mail.replace(QLatin1Char(' '), QLatin1Char('.'))
            .replace(QStringLiteral("å"), QStringLiteral("a"))
            .replace(QStringLiteral("ä"), QStringLiteral("a"))
            .replace(QStringLiteral("ö"), QStringLiteral("o"));
        person.email = mail + QStringLiteral("@lindvalla.se");
        person.phone = QStringLiteral("013-20 %1 %2")
                           .arg(10 + (person.name.size() * 7) % 89)
                           .arg(10 + (person.name.size() * 13) % 89);
        const qint64 personId = reg.people().create(person);
        if (!p.role)
            continue;
        Assignment a;
        a.personId = personId;
        a.roleId = roleIds.value(key(p.role));
        a.unitId = unitIds.value(key(p.roleUnit ? p.roleUnit : p.unit));
        a.startDate = QDate::fromString(key(p.start), Qt::ISODate);
        a.ftePercent = p.fte;
        reg.assignments().create(a);
    }

    QHash<QString, qint64> focusIds;
    for (const FocusArea& f : reg.focusAreas().all())
        focusIds.insert(f.name, f.id);
    // Seed 003 costs a coordinator at 800 000 kr a year. The safety representatives in the units
    // are part of other posts, and the security unit's strategists were there before the decision:
    // nobody has costed them here.
    auto plan = [&](qint64 unit, SecurityLevel level, int posts, int costKr, const char* title = "",
                    qint64 payer = 0) {
        PlannedPost post;
        post.unitId = unit;
        post.level = level;
        post.posts = posts;
        post.yearlyCostKr = costKr;
        post.title = QString::fromUtf8(title);
        post.boardId = payer;
        reg.plannedPosts().create(post);
    };
    // Two administrations serve two boards each, and the second board pays one coordinator: the
    // social administration the elderly board, the education administration the education board.
    const std::pair<const char*, const char*> twoBoards[] = {{"soo", "aen"}, {"utb", "bin"}};
    for (const AdminRow& a : kAdmins) {
        const qint64 adminId = unitIds.value(key(a.key));
        const auto shared = std::find_if(std::begin(twoBoards), std::end(twoBoards), [&](const auto& pair) {
            return QLatin1String(pair.first) == QLatin1String(a.key);
        });
        if (shared != std::end(twoBoards)) {
            const qint64 second = unitIds.value(key(shared->second));
            plan(adminId, SecurityLevel::Tactical, a.coordinators - 1, 800'000);
            plan(adminId, SecurityLevel::Tactical, 1, 800'000, "", second);
            reg.unitBoards().link(adminId, second);
        } else if (QLatin1String(a.key) == QLatin1String("lfa")) {
            // The company keeps the coordinator it had (not costed here); the executive board pays
            // for the one more (seed 003).
            plan(adminId, SecurityLevel::Tactical, a.coordinators - 1, PlannedPost::kNotCosted);
            plan(adminId, SecurityLevel::Tactical, 1, 800'000, "", unitIds.value(QStringLiteral("ks")));
        } else {
            plan(adminId, SecurityLevel::Tactical, a.coordinators, 800'000);
        }
        plan(adminId, SecurityLevel::Operational, a.representatives, PlannedPost::kNotCosted);
        for (const char* area : a.focus)
            reg.profileAreas().link(adminId, focusIds.value(key(area)));
    }
    const qint64 klf = unitIds.value(QStringLiteral("klf"));
    plan(klf, SecurityLevel::Strategic, 3, PlannedPost::kNotCosted);
    // Seed 003's new posts outside the three levels, both at the executive board's administration.
    plan(klf, SecurityLevel::Related, 1, 900'000, "Handläggare bakgrundskontroll och oegentligheter");
    plan(klf, SecurityLevel::Related, 1, 800'000, "Registrator H-diariet");

    for (int year = 2022; year <= 2026; ++year)
        for (const BoardRow& b : kBoards) {
            BudgetLine line;
            line.boardId = unitIds.value(key(b.key));
            line.year = year;
            line.amountKr = b.budgetKr;
            if (year == 2022)
                line.note = QStringLiteral("Tilläggsbudget, trygghetspaketet (KS 2021-53)");
            reg.budget().create(line);
        }

    for (const MilestoneRow& m : kMilestones) {
        Milestone milestone;
        milestone.title = key(m.title);
        milestone.level = kSecurityLevels.fromCode(key(m.level));
        milestone.targetDate = QDate::fromString(key(m.date), Qt::ISODate);
        milestone.status = m.status;
        reg.milestones().create(milestone);
    }
    DemoRisks::populate(reg);
    DemoActions::populate(reg);
    DemoIncidents::populate(reg);
    DemoPreparedness::populate(reg);
    // Retention rules as a records-management plan might set them (shortened for the demo, whose
    // incidents reach back to last January), so Arkiv › Gallring… previews the oldest incidents.
    // Nothing is cleared: that is for the user to do (docs/retention.md).
    reg.retentionRules().set(RetentionRule::Kind::Incident, 12);
    reg.retentionRules().set(RetentionRule::Kind::ThreatAssessment, 24);
    reg.retentionRules().set(RetentionRule::Kind::PersonLeft, 24);
    tx.commit();
}

} // namespace sakra
