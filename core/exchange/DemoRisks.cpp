#include "DemoRisks.h"

#include "DemoNames.h"
#include "Register.h"
#include "storage/Transaction.h"

#include <QHash>

namespace sakra {

namespace {

struct DemoRisk
{
    const char* unit;
    const char* site; // or nullptr
    const char* category;
    const char* title;
    const char* source;
    const char* controls;
    int likelihood, consequence;
    int residualLikelihood, residualConsequence; // 0: not assessed
    Risk::Status status;
    const char* assessed;
    int reviewMonths;
    bool fromInventory;
};

const DemoRisk kRisks[] = {
    {"Försörjningsstöd Centrum", "Kvarngatan 4 (hus A och B)", "Hot och våld",
     "Hot mot handläggare vid beslut om avslag", "Klient",
     "Besöksrum med två utgångar, överfallslarm i receptionen", 4, 4, 3, 3, Risk::Status::Treated,
     "2025-09-15", 12, true},
    {"Försörjningsstöd Centrum", "Kvarngatan 4 (hus A och B)", "Otillåten påverkan",
     "Påtryckningar mot handläggare i enskilda ärenden", "Organiserad brottslighet",
     "Två handläggare vid känsliga ärenden", 3, 4, 0, 0, Risk::Status::Open, "2025-09-15", 12, true},
    {"Försörjningsstöd Centrum", "Kvarngatan 4 (hus A och B)", "Hot och våld",
     "Klienter uppehåller sig mellan husen efter stängning", "Klient", "Ordningsvakt i entrén dagtid", 3, 3,
     2, 3, Risk::Status::Open, "2025-09-15", 12, true},
    {"Utbildnings- och jobbcenter Norr", "Utbildnings- och jobbcenter Norr", "Pågående dödligt våld",
     "Pågående dödligt våld under kvällsundervisning", "Extern gärningsperson",
     "Väktare under kvällsundervisningen", 2, 5, 1, 5, Risk::Status::Treated, "2025-03-20", 12, false},
    {"Lärcentrum Söder", "Lärcentrum, Torggatan 6", "Pågående dödligt våld",
     "Grupprum saknar lås för inrymning", "Extern gärningsperson",
     "Utrymningsövning i samband med brandövning", 2, 5, 2, 4, Risk::Status::Treated, "2025-03-20", 12,
     false},
    {"Jobbtorget", "Lärcentrum, Torggatan 6", "Hot och våld", "Hot vid inskrivning av nya deltagare",
     "Besökare", "Receptionen bemannad", 3, 3, 0, 0, Risk::Status::Open, "2024-10-01", 12, false},
    {"Ekbackens skola", "Ekbackens skola", "Pågående dödligt våld",
     "Obehöriga kan ta sig in på skolgården under skoldagen", "Okänd", "Låsta entréer efter 08.30", 2, 5, 0,
     0, Risk::Status::Open, "2025-01-20", 12, false},
    {"Strandskolan", "Strandskolan", "Brand", "Anlagd brand i soprum intill skolbyggnaden", "Okänd",
     "Brandlarm kopplat till räddningstjänsten", 3, 3, 2, 3, Risk::Status::Treated, "2024-05-12", 12, false},
    {"Nattpatrullen", "Hemtjänstens lokal Öster", "Ensam- och nattarbete",
     "Ensamarbete nattetid i brukares hem", "Brukare och anhöriga",
     "Trygghetslarm och inringning vid varje besök", 3, 4, 2, 4, Risk::Status::Treated, "2025-06-01", 12,
     false},
    {"Områdesteamet Öster", "Hemtjänstens lokal Öster", "Hot och våld", "Hot från anhörig vid hembesök",
     "Anhörig", "Hembesöksrutin", 2, 4, 0, 0, Risk::Status::Open, "2025-06-01", 12, false},
    {"Gruppbostaden Linden", "Gruppbostaden Linden", "Brand",
     "Brand i boenderum hos brukare med nedsatt förmåga att utrymma", "Teknik", "Individanpassat brandskydd",
     2, 5, 1, 4, Risk::Status::Treated, "2024-11-05", 12, false},
    {"Stadsbiblioteket", "Stadsbiblioteket", "Trakasserier", "Trakasserier mot personal i sociala medier",
     "Besökare", "Rutin för stöd efter händelse", 3, 2, 0, 0, Risk::Status::Accepted, "2025-02-14", 24,
     false},
    {"Fritidsgården Kvarnen", "Fritidsgården Kvarnen", "Inbrott och skadegörelse",
     "Skadegörelse och inbrott helger", "Okänd", "Inbrottslarm", 4, 2, 3, 2, Risk::Status::Treated,
     "2024-08-30", 12, false},
    {"Kommunledningsförvaltningen", "Stadshuset", "Hot och våld",
     "Hot mot förtroendevalda i samband med sammanträden", "Enskild",
     "Passerkontroll till sammanträdesrummet", 3, 4, 0, 0, Risk::Status::Open, "2025-10-02", 12, false},
    {"IT-service", "Servicehuset", "Informationssäkerhet", "Intrång i verksamhetssystem via nätfiske",
     "Extern aktör", "Tvåfaktorsinloggning", 3, 4, 2, 3, Risk::Status::Treated, "2025-04-10", 12, false},
    {"Säkerhetsenheten", "Stadshuset", "Kris och kontinuitet", "Långvarigt elavbrott i stadshuset", "Teknik",
     "Reservkraft för serverrum", 2, 4, 0, 0, Risk::Status::Open, "2023-09-01", 24, false},
};

} // namespace

void DemoRisks::populate(Register& reg)
{
    Transaction tx(reg.database());
    DemoNames names(reg);

    RiskInventory inventory;
    inventory.unitId = names.unit("Avdelningen Socialtjänst – ekonomiskt bistånd");
    inventory.heldOn = QDate(2025, 9, 15);
    inventory.participants =
        QStringLiteral("Enhetschef, säkerhetsombud, två handläggare, säkerhetssamordnare");
    inventory.method = QStringLiteral("Workshop med riskmatris 5×5, genomgång av händelserapporter");
    const qint64 inventoryId = reg.riskInventories().create(inventory);

    // Seed 002: culture and leisure is not a particularly exposed area, and its analysis is judged
    // in proportion to that. Dated some months back, so the assessment stays current in the demo.
    RiskInventory culture;
    culture.unitId = names.unit("Kultur- och fritidsförvaltningen");
    culture.heldOn = QDate::currentDate().addDays(-120);
    culture.participants = QStringLiteral("Förvaltningsledningen, säkerhetssamordnare, skyddsombud");
    culture.method = QStringLiteral("Genomgång av händelserapporter och verksamheternas riskinventeringar");
    culture.note = QStringLiteral("Hot och våld förekommer sällan; ingen verksamhet bedöms ha förhöjd risk.");
    culture.threatLevel = RiskInventory::ThreatLevel::Low;
    reg.riskInventories().create(culture);

    QHash<QString, qint64> riskIds;
    for (const DemoRisk& d : kRisks) {
        Risk r;
        r.unitId = names.unit(d.unit);
        r.siteId = names.site(d.site);
        r.categoryId = names.riskCategory(d.category);
        r.ownerId = names.firstPersonAt(r.unitId);
        r.title = QString::fromUtf8(d.title);
        r.threatSource = QString::fromUtf8(d.source);
        r.existingControls = QString::fromUtf8(d.controls);
        r.likelihood = d.likelihood;
        r.consequence = d.consequence;
        r.residualLikelihood = d.residualLikelihood;
        r.residualConsequence = d.residualConsequence;
        r.status = d.status;
        r.assessedOn = QDate::fromString(QString::fromLatin1(d.assessed), Qt::ISODate);
        r.reviewMonths = d.reviewMonths;
        r.inventoryId = d.fromInventory ? inventoryId : 0;
        riskIds.insert(r.title, reg.risks().create(r));
    }

    SecurityWalk walk;
    walk.siteId = names.site("Lärcentrum, Torggatan 6");
    walk.walkedOn = QDate(2025, 2, 27);
    walk.participants =
        QStringLiteral("Avdelningschef vuxenutbildning, säkerhetsombud, fastighetsförvaltare");
    const qint64 walkId = reg.securityWalks().create(walk);
    const std::pair<const char*, const char*> findings[] = {
        {"Grupprummen i den öppna verksamheten saknar lås som kan användas vid inrymning",
         "Grupprum saknar lås för inrymning"},
        {"Nödutgången mot gården är skymd av möbler", nullptr},
        {"Fönster mot korridoren saknar frostad film", nullptr},
    };
    for (const auto& [text, risk] : findings) {
        WalkFinding f;
        f.walkId = walkId;
        f.description = QString::fromUtf8(text);
        f.riskId = risk ? riskIds.value(QString::fromUtf8(risk)) : 0;
        reg.walkFindings().create(f);
    }

    PremisesInventory kvarn;
    kvarn.siteId = names.site("Kvarngatan 4 (hus A och B)");
    kvarn.inventoriedOn = QDate(2025, 5, 20);
    kvarn.exits = QStringLiteral("Huvudentré, personalingång mot gården, nödutgång i hus B");
    kvarn.lockdownRooms = QStringLiteral("Personalrummet och arkivet i hus A går att låsa inifrån");
    kvarn.alarmSystems = QStringLiteral("Överfallslarm i receptionen och besöksrummen, inbrottslarm");
    kvarn.accessControl = QStringLiteral("Passersystem med kort och kod, zon för personal");
    kvarn.locks = QStringLiteral("Säkerhetsdörr till personalzonen, låsbara besöksrum");
    kvarn.perimeter = QStringLiteral("Grind mot gården som låses kvällstid");
    kvarn.cameras = true;
    kvarn.cameraPermitRef = QStringLiteral("IMY-2023-1187 (uppdateras när hus B tillkommer)");
    kvarn.cameraPermitExpires = QDate(2026, 3, 31);
    kvarn.guards = QStringLiteral("Ordningsvakt i entrén 08–16; polisens förordnande gäller området");
    reg.premisesInventories().create(kvarn);

    PremisesInventory larcentrum;
    larcentrum.siteId = names.site("Lärcentrum, Torggatan 6");
    larcentrum.inventoriedOn = QDate(2025, 3, 5);
    larcentrum.exits = QStringLiteral("Två trapphus, utgång mot torget");
    larcentrum.lockdownRooms = QStringLiteral("Lärosalar på plan 6 med nya lås; grupprum saknar lås");
    larcentrum.alarmSystems = QStringLiteral("Brandlarm, inbrottslarm");
    larcentrum.accessControl = QStringLiteral("Nytt larm- och passersystem installerat 2025");
    larcentrum.guards = QStringLiteral("Väktarrond kvällstid");
    reg.premisesInventories().create(larcentrum);

    ThreatAssessment threat;
    threat.unitId = names.unit("Försörjningsstöd Centrum");
    threat.assessedOn = QDate(2025, 10, 8);
    threat.subject = QStringLiteral("Handläggare vid försörjningsstöd (namn i akten)");
    threat.description = QStringLiteral("Upprepade hot per telefon efter avslagsbeslut; polisanmält.");
    threat.threatLevel = ThreatAssessment::ThreatLevel::High;
    threat.measures =
        QStringLiteral("Byte av handläggare, skyddad adress prövas, sällskap till och från arbetet");
    threat.handledById = names.firstPersonAt(threat.unitId);
    reg.threatAssessments().create(threat);
    tx.commit();
}

} // namespace sakra
