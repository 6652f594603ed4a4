#include "DemoActions.h"

#include "DemoNames.h"
#include "Register.h"
#include "storage/Transaction.h"

namespace sakra {

namespace {

struct DemoNote
{
    const char* date;
    const char* text;
};

// An action nobody has put a figure on yet (seed 000 states no cost for most of its measures).
constexpr qint64 kNotEstimated = -1;

struct DemoAction
{
    const char* unit;
    const char* site;
    const char* kind;
    const char* title;
    Action::Status status;
    const char* changed;
    const char* start;
    const char* due;
    const char* done;
    qint64 estimatedKr;
    qint64 actualKr;
    bool fitsBudget;
    bool needsDecision;
    const char* risk; // title of the risk it treats, or nullptr
    int residualL, residualC;
    std::initializer_list<DemoNote> notes;
};

const DemoAction kActions[] = {
    {"Avdelningen Socialtjänst – ekonomiskt bistånd",
     "Kvarngatan 4 (hus A och B)",
     "Tillstånd (IMY, polisen)",
     "Uppdatera tillståndet för kameraövervakning när hus B tillkommer",
     Action::Status::InProgress,
     "2025-04-01",
     "2025-04-01",
     "2026-03-31",
     nullptr,
     60'000,
     0,
     true,
     false,
     "Klienter uppehåller sig mellan husen efter stängning",
     2,
     2,
     {{"2025-05-12", "Konsekvensbedömning påbörjad tillsammans med boendeenheten som delar lokalerna."},
      {"2025-10-03", "Väntar på svar från Integritetsskyddsmyndigheten."}}},
    {"Avdelningen Socialtjänst – ekonomiskt bistånd",
     "Kvarngatan 4 (hus A och B)",
     "Väktare och ordningsvakter",
     "Väktarrond mellan husen efter flytten",
     Action::Status::Planned,
     "2025-05-20",
     "2025-09-01",
     "2026-01-31",
     nullptr,
     240'000,
     0,
     false,
     true,
     "Klienter uppehåller sig mellan husen efter stängning",
     2,
     3,
     {{"2025-06-02", "Utreder vad avtalet med säkerhetsföretaget medger."}}},
    {"Avdelningen Socialtjänst – ekonomiskt bistånd",
     "Kvarngatan 4 (hus A och B)",
     "Tillstånd (IMY, polisen)",
     "Ansökan om förordnande för ordningsvakter i de nya lokalerna",
     Action::Status::Done,
     "2025-08-15",
     "2025-03-01",
     "2025-08-31",
     "2025-08-15",
     15'000,
     12'500,
     true,
     false,
     "Hot mot handläggare vid beslut om avslag",
     3,
     3,
     {{"2025-08-15", "Polisen har beviljat förordnandet; ordningsvakt får ingripa inom området."}}},
    {"Avdelningen Socialtjänst – ekonomiskt bistånd",
     "Kvarngatan 4 (hus A och B)",
     "Övning",
     "Inrymningsövning med säkerhetsbolaget",
     Action::Status::Planned,
     "2025-06-10",
     "2025-09-01",
     "2025-11-30",
     nullptr,
     20'000,
     0,
     true,
     false,
     nullptr,
     0,
     0,
     {{"2025-06-10", "Inrymningsövning efterfrågad via säkerhetsbolaget; väntar på svar."}}},
    {"Utbildnings- och jobbcenter Norr",
     "Utbildnings- och jobbcenter Norr",
     "Väktare och ordningsvakter",
     "Förstärkt väktarnärvaro under kvällsundervisningen",
     Action::Status::Done,
     "2025-04-14",
     "2025-03-15",
     "2025-04-15",
     "2025-04-14",
     180'000,
     176'000,
     true,
     false,
     "Pågående dödligt våld under kvällsundervisning",
     1,
     5,
     {{"2025-04-14", "Bevakning under hela den tid undervisningen pågår."}}},
    {"Utbildnings- och jobbcenter Norr",
     "Utbildnings- och jobbcenter Norr",
     "Anpassning av lokaler",
     "Mörkläggning och frostad film i operatörsutbildningens lokaler",
     Action::Status::Done,
     "2025-05-05",
     "2025-04-01",
     "2025-05-31",
     "2025-05-05",
     35'000,
     31'200,
     true,
     false,
     nullptr,
     0,
     0,
     {{"2025-05-05", "Fönstren går att mörklägga; frostad film mot klassrummen."}}},
    {"Avdelningen Vuxenutbildning",
     "Lärcentrum, Torggatan 6",
     "Lås och passersystem",
     "Nytt larm- och passersystem",
     Action::Status::Done,
     "2025-03-28",
     "2025-01-15",
     "2025-03-31",
     "2025-03-28",
     420'000,
     436'000,
     true,
     false,
     nullptr,
     0,
     0,
     {{"2025-03-28", "Det nya systemet är i drift; brister i det gamla åtgärdade."}}},
    {"Lärcentrum Söder",
     "Lärcentrum, Torggatan 6",
     "Lås och passersystem",
     "Lås på dörrar till grupprum som kan användas vid inrymning",
     Action::Status::InProgress,
     "2025-04-20",
     "2025-04-01",
     "2025-12-15",
     nullptr,
     85'000,
     40'000,
     true,
     false,
     "Grupprum saknar lås för inrymning",
     1,
     4,
     {{"2025-06-18", "Lås uppsatta på plan 6; återstår grupprummen på plan 4."}}},
    {"Avdelningen Vuxenutbildning",
     "Lärcentrum, Torggatan 6",
     "Utbildning",
     "Utbildning i pågående dödligt våld för nyanställda och de som inte gått den digitala utbildningen",
     Action::Status::Done,
     "2025-05-30",
     "2025-03-01",
     "2025-05-31",
     "2025-05-30",
     25'000,
     18'000,
     true,
     false,
     nullptr,
     0,
     0,
     {{"2025-05-30", "Kompletterande utbildningsinsatser genomförda."}}},
    {"Avdelningen Arbetsmarknad",
     "Lärcentrum, Torggatan 6",
     "Utbildning",
     "Utbildning i pågående dödligt våld för avdelningens verksamheter",
     Action::Status::Planned,
     "2025-06-01",
     "2025-09-01",
     "2025-12-31",
     nullptr,
     30'000,
     0,
     true,
     false,
     "Hot vid inskrivning av nya deltagare",
     2,
     3,
     {{"2025-06-01", "Planeras till hösten."}}},
    {"Avdelningen Arbetsmarknad",
     "Lärcentrum, Torggatan 6",
     "Rutin eller checklista",
     "Översyn och förankring av lokalspecifika säkerhetsrutiner",
     Action::Status::InProgress,
     "2025-03-10",
     "2025-03-10",
     "2026-02-28",
     nullptr,
     kNotEstimated,
     0,
     true,
     false,
     nullptr,
     0,
     0,
     {{"2025-09-22", "Rutinerna gås igenom på APT i varje verksamhet."}}},
    {"Integrations- och arbetsmarknadsförvaltningen",
     nullptr,
     "Kriskommunikation",
     "Införande av säkerhetsapp för kommunikation vid kris",
     Action::Status::Postponed,
     "2025-03-05",
     "2025-01-10",
     "2025-03-31",
     nullptr,
     150'000,
     0,
     false,
     true,
     nullptr,
     0,
     0,
     {{"2025-03-05", "Införandet skjuts upp för att gå i takt med förvaltningens övriga säkerhetsarbete."},
      {"2025-09-15", "Arbetsgruppen ringar in när appen ska användas och tar fram checklistor."}}},
    {"Ekbackens skola",
     "Ekbackens skola",
     "Lås och passersystem",
     "Passerkort och kodlås till skolans entréer",
     Action::Status::Planned,
     "2025-10-01",
     "2026-01-15",
     "2026-06-30",
     nullptr,
     310'000,
     0,
     false,
     true,
     "Obehöriga kan ta sig in på skolgården under skoldagen",
     1,
     5,
     {}},
    {"Nattpatrullen",
     "Hemtjänstens lokal Öster",
     "Personlarm",
     "Personlarm med positionering för nattpatrullen",
     Action::Status::InProgress,
     "2025-09-01",
     "2025-08-15",
     "2025-10-31",
     nullptr,
     95'000,
     60'000,
     true,
     false,
     "Ensamarbete nattetid i brukares hem",
     2,
     3,
     {{"2025-10-20", "Larmen levererade; utbildning av personalen återstår."}}},
    {"Kommunledningsförvaltningen",
     "Stadshuset",
     "Lås och passersystem",
     "Passerkontroll vid nämndsammanträden",
     Action::Status::Planned,
     "2025-10-05",
     "2026-01-01",
     "2026-04-30",
     nullptr,
     120'000,
     0,
     true,
     false,
     "Hot mot förtroendevalda i samband med sammanträden",
     2,
     4,
     {}},
    {"Gruppbostaden Linden",
     "Gruppbostaden Linden",
     "Anpassning av lokaler",
     "Sprinkler i boenderum med individanpassat brandskydd",
     Action::Status::Cancelled,
     "2025-02-01",
     "2024-12-01",
     "2025-06-30",
     nullptr,
     200'000,
     0,
     false,
     true,
     nullptr,
     0,
     0,
     {{"2025-02-01", "Avbruten; fastighetsägaren installerar i stället boendesprinkler i hela huset."}}},
    // Standing practice with no end, as seed 000 has it ("vid varje kursstart").
    {"Utbildnings- och jobbcenter Norr",
     "Utbildnings- och jobbcenter Norr",
     "Rutin eller checklista",
     "Genomgång av utrymningsvägar, återsamlingsplats och larm vid varje kursstart",
     Action::Status::Ongoing,
     "2025-01-13",
     "2025-01-13",
     nullptr,
     nullptr,
     kNotEstimated,
     0,
     true,
     false,
     nullptr,
     0,
     0,
     {{"2025-08-18", "Hölls vid höstterminens kursstart i samtliga grupper."}}},
};

} // namespace

void DemoActions::populate(Register& reg)
{
    Transaction tx(reg.database());
    DemoNames names(reg);

    for (const DemoAction& d : kActions) {
        Action a;
        a.unitId = names.unit(d.unit);
        a.siteId = names.site(d.site);
        a.kindId = names.actionKind(d.kind);
        a.title = QString::fromUtf8(d.title);
        a.responsibleId = names.firstPersonAt(a.unitId);
        a.status = d.status;
        a.statusChangedOn = DemoNames::date(d.changed);
        a.startDate = DemoNames::date(d.start);
        a.dueDate = DemoNames::date(d.due);
        a.doneDate = DemoNames::date(d.done);
        a.costEstimated = d.estimatedKr != kNotEstimated;
        a.estimatedCostKr = a.costEstimated ? d.estimatedKr : 0;
        a.actualCostKr = d.actualKr;
        a.fitsBudget = d.fitsBudget;
        a.needsBoardDecision = d.needsDecision;
        const qint64 id = reg.actions().create(a);
        if (d.risk) {
            ActionRisk link;
            link.actionId = id;
            link.riskId = names.risk(d.risk);
            link.residualLikelihood = d.residualL;
            link.residualConsequence = d.residualC;
            reg.actionRisks().create(link);
        }
        for (const DemoNote& n : d.notes) {
            ActionNote note;
            note.actionId = id;
            note.notedOn = DemoNames::date(n.date);
            note.text = QString::fromUtf8(n.text);
            note.author = QStringLiteral("Säkerhetssamordnaren");
            reg.actionNotes().create(note);
        }
    }
    tx.commit();
}

} // namespace sakra
