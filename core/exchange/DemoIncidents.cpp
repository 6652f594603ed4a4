#include "DemoIncidents.h"

#include "DemoNames.h"
#include "Register.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace sakra {

namespace {

using K = Incident::Kind;
using C = Incident::Channel;
using T = Incident::Target;
using P = Incident::Perpetrator;
using F = Incident::FollowUp;

enum Support
{
    None = 0,
    Manager = 1,
    Health = 2,
    Crisis = 4
};

struct DemoIncident
{
    const char* unit;
    const char* site; // or nullptr
    int at;           // per mille of the way from 1 January last year to today
    const char* time; // "HH:mm" or nullptr
    T target;
    K kind;
    C channel;
    int severity;
    P perpetrator;
    bool organisedCrime;
    const char* systemRef;
    bool police;
    bool serious;
    int support; // Support flags
    F followUp;
    const char* description;
    const char* risk;   // title of a risk it led to, or nullptr
    const char* action; // title of an action it led to, or nullptr
};

// Descriptions name nobody, as the register asks: people are in the incident system (KIA).
const DemoIncident kIncidents[] = {
    {"Försörjningsstöd Centrum", "Kvarngatan 4 (hus A och B)", 30, "10:15", T::Employee, K::Threat, C::OnSite,
     3, P::Client, false, "KIA-1021", true, false, Manager | Health, F::Closed,
     "Klient hotade handläggare efter besked om avslag; vakt tillkallades.",
     "Hot mot handläggare vid beslut om avslag", nullptr},
    {"Försörjningsstöd Centrum", "Kvarngatan 4 (hus A och B)", 95, "14:40", T::Employee, K::Threat, C::Phone,
     2, P::Client, false, "KIA-1034", false, false, Manager, F::Closed,
     "Upprepade hotfulla samtal till mottagningens telefon.", nullptr, nullptr},
    {"Försörjningsstöd Centrum", "Kvarngatan 4 (hus A och B)", 180, "16:05", T::Employee, K::UndueInfluence,
     C::OnSite, 3, P::Relative, true, "KIA-1102", true, false, Manager, F::Closed,
     "Anhörig försökte påverka handläggning av ett ärende; påtryckningarna tyder på koppling till kriminellt "
     "nätverk.",
     "Påtryckningar mot handläggare i enskilda ärenden", nullptr},
    {"Försörjningsstöd Centrum", "Kvarngatan 4 (hus A och B)", 420, "09:30", T::Employee, K::Harassment,
     C::Email, 2, P::Client, false, "KIA-1288", false, false, Manager, F::Closed,
     "Kränkande e-post till flera handläggare under en vecka.", nullptr, nullptr},
    {"Försörjningsstöd Centrum", "Kvarngatan 4 (hus A och B)", 640, "17:20", T::Employee, K::Threat,
     C::OnSite, 3, P::Client, false, "KIA-1340", true, false, Manager | Health, F::Closed,
     "Klienter uppehöll sig mellan husen efter stängning och hotade personal.",
     "Klienter uppehåller sig mellan husen efter stängning", "Väktarrond mellan husen efter flytten"},
    {"Försörjningsstöd Centrum", "Kvarngatan 4 (hus A och B)", 930, "11:00", T::Employee, K::Threat,
     C::OnSite, 2, P::Client, false, "KIA-1407", false, false, Manager, F::Measures,
     "Besökare blev högljudd och hotfull i receptionen.", nullptr, nullptr},
    {"Mottagningsenheten", "Kvarngatan 4 (hus A och B)", 260, "13:10", T::Employee, K::Threat, C::OnSite, 3,
     P::Relative, false, "KIA-1150", true, false, Manager | Crisis, F::Closed,
     "Förälder hotade socialsekreterare i samband med ett omedelbart omhändertagande.", nullptr, nullptr},
    {"Mottagningsenheten", nullptr, 610, "19:45", T::Employee, K::Threat, C::OutsideWork, 3, P::Relative,
     false, "KIA-1333", true, false, Manager | Health, F::Closed,
     "Handläggare kontaktades hemma av en anhörig efter arbetstid.", nullptr, nullptr},
    {"Mottagningsenheten", "Kvarngatan 4 (hus A och B)", 985, "10:50", T::Employee, K::Violence, C::OnSite, 4,
     P::Client, false, "KIA-1415", true, true, Manager | Health | Crisis, F::Investigating,
     "Besökare knuffade och slog handläggare i samtalsrum; handläggaren uppsökte akuten. Anmäld till "
     "Arbetsmiljöverket.",
     "Hot mot handläggare vid beslut om avslag", nullptr},
    {"Gruppbostaden Linden", "Gruppbostaden Linden", 120, "07:20", T::Employee, K::Violence, C::OnSite, 2,
     P::Client, false, "KIA-1061", false, false, Manager, F::Closed,
     "Boende slog personal vid morgonrutinerna.", nullptr, nullptr},
    {"Gruppbostaden Linden", "Gruppbostaden Linden", 350, "20:30", T::Employee, K::Violence, C::OnSite, 3,
     P::Client, false, "KIA-1210", false, false, Manager | Health, F::Closed,
     "Boende kastade föremål mot personal under kvällen.", nullptr, nullptr},
    {"Gruppbostaden Linden", "Gruppbostaden Linden", 700, "21:10", T::Employee, K::Violence, C::OnSite, 2,
     P::Client, false, "KIA-1350", false, false, Manager, F::Measures, "Boende rev personal i armen.",
     nullptr, nullptr},
    {"Gruppbostaden Linden", "Gruppbostaden Linden", 960, "06:55", T::Employee, K::NearMiss, C::OnSite, 1,
     P::Client, false, "", false, false, None, F::New,
     "Boende blev utåtagerande men personalen kunde backa undan.", nullptr, nullptr},
    {"Nattpatrullen", nullptr, 210, "02:15", T::Employee, K::Threat, C::HomeVisit, 3, P::Relative, false,
     "KIA-1130", false, false, Manager, F::Closed, "Berusad anhörig hotade personal vid nattbesök.",
     "Ensamarbete nattetid i brukares hem", nullptr},
    {"Nattpatrullen", nullptr, 580, "03:40", T::Employee, K::Threat, C::HomeVisit, 3, P::Unknown, false,
     "KIA-1320", true, false, Manager, F::Closed,
     "Okänd person i trapphuset följde efter personal till bilen.", "Ensamarbete nattetid i brukares hem",
     "Personlarm med positionering för nattpatrullen"},
    {"Nattpatrullen", nullptr, 890, "01:30", T::Employee, K::Violence, C::HomeVisit, 2, P::Client, false,
     "KIA-1398", false, false, None, F::Investigating,
     "Brukare med demenssjukdom slog personal vid nattbesök.", nullptr, nullptr},
    {"Områdesteamet Öster", nullptr, 450, "15:20", T::Employee, K::Harassment, C::HomeVisit, 2, P::Relative,
     false, "KIA-1295", false, false, Manager, F::Closed,
     "Anhörig kränkte personal upprepade gånger vid besök.", nullptr, nullptr},
    {"Aspgårdens äldreboende", "Aspgårdens äldreboende", 300, "18:00", T::Employee, K::Threat, C::OnSite, 2,
     P::Relative, false, "KIA-1190", false, false, Manager, F::Closed,
     "Anhörig hotade personal vid besök om vården.", nullptr, nullptr},
    {"Aspgårdens äldreboende", "Aspgårdens äldreboende", 820, "23:10", T::Other, K::Vandalism, C::OnSite, 1,
     P::Unknown, false, "", true, false, None, F::Closed, "Fönster krossades vid entrén nattetid.", nullptr,
     nullptr},
    {"Ekbackens skola", "Ekbackens skola", 150, "12:10", T::Employee, K::Threat, C::OnSite, 3, P::Unknown,
     false, "IA-0210", true, false, Manager, F::Closed,
     "Obehörig vuxen på skolgården hotade lärare som bad personen gå.",
     "Obehöriga kan ta sig in på skolgården under skoldagen", "Passerkort och kodlås till skolans entréer"},
    {"Ekbackens skola", "Ekbackens skola", 520, "10:40", T::Employee, K::Violence, C::OnSite, 2, P::Client,
     false, "IA-0288", false, false, Manager, F::Closed,
     "Elev sparkade lärare i samband med konflikt på rasten.", nullptr, nullptr},
    {"Ekbackens skola", "Ekbackens skola", 870, "13:30", T::Employee, K::Harassment, C::SocialMedia, 2,
     P::Client, false, "IA-0341", false, false, None, F::New,
     "Kränkande film om lärare spreds i sociala medier.", nullptr, nullptr},
    {"Strandskolan", "Strandskolan", 400, "08:15", T::Employee, K::Threat, C::Email, 2, P::Relative, false,
     "IA-0255", false, false, Manager, F::Closed,
     "Vårdnadshavare skickade hotfull e-post efter betygssättning.", nullptr, nullptr},
    {"Strandskolan", "Strandskolan", 990, "11:45", T::Employee, K::NearMiss, C::OnSite, 1, P::Client, false,
     "", false, false, None, F::New,
     "Elev hade med sig kniv; personal tog hand om den utan att någon skadades.", nullptr, nullptr},
    {"Centrumgymnasiet", "Centrumgymnasiet", 660, "14:05", T::Employee, K::Threat, C::SocialMedia, 3,
     P::Unknown, false, "IA-0301", true, false, Manager | Health, F::Closed,
     "Hot om våld mot skolan i sociala medier; polisen informerades.", nullptr, nullptr},
    {"Fritidsgården Kvarnen", "Fritidsgården Kvarnen", 230, "21:30", T::Employee, K::Threat, C::OnSite, 3,
     P::Unknown, false, "", false, false, None, F::New, "Ungdomar hotade fritidsledare vid stängning.",
     nullptr, nullptr},
    {"Fritidsgården Kvarnen", "Fritidsgården Kvarnen", 540, "20:50", T::Employee, K::Vandalism, C::OnSite, 1,
     P::Unknown, false, "", false, false, None, F::New, "Skadegörelse på entrédörren.", nullptr, nullptr},
    {"Fritidsgården Kvarnen", "Fritidsgården Kvarnen", 800, "22:00", T::Employee, K::Violence, C::OnSite, 3,
     P::Unknown, false, "", false, false, None, F::Investigating,
     "Fritidsledare knuffades när ett bråk skulle avbrytas.", nullptr, nullptr},
    {"Fritidsgården Kvarnen", "Fritidsgården Kvarnen", 975, "21:15", T::Employee, K::Threat, C::OnSite, 2,
     P::Unknown, false, "", false, false, None, F::New, "Hotfulla tillrop mot personal utanför gården.",
     nullptr, nullptr},
    {"Stadsbiblioteket", "Stadsbiblioteket", 340, "16:30", T::Employee, K::Harassment, C::OnSite, 2,
     P::Unknown, false, "KIA-1201", false, false, Manager, F::Closed,
     "Besökare trakasserade personal i lånedisken under flera veckor.", nullptr, nullptr},
    {"Stadsbiblioteket", "Stadsbiblioteket", 760, "18:40", T::Employee, K::Threat, C::OnSite, 2, P::Unknown,
     false, "KIA-1366", false, false, Manager, F::Measures, "Besökare hotade personal efter tillsägelse.",
     nullptr, nullptr},
    {"Jobbtorget", "Lärcentrum, Torggatan 6", 480, "09:10", T::Employee, K::Threat, C::OnSite, 2, P::Client,
     false, "KIA-1302", false, false, Manager, F::Closed, "Deltagare hotade handläggare vid inskrivning.",
     "Hot vid inskrivning av nya deltagare", nullptr},
    {"Utbildnings- och jobbcenter Norr", "Utbildnings- och jobbcenter Norr", 380, "19:20", T::Employee,
     K::Threat, C::OnSite, 3, P::Unknown, false, "KIA-1240", true, false, Manager | Health, F::Closed,
     "Okänd person trängde in under kvällsundervisningen och uppträdde hotfullt.",
     "Pågående dödligt våld under kvällsundervisning", "Förstärkt väktarnärvaro under kvällsundervisningen"},
    {"Bygglovsavdelningen", "Stadshuset", 560, "10:00", T::Employee, K::UndueInfluence, C::Phone, 3, P::Other,
     true, "KIA-1318", true, false, Manager, F::Closed,
     "Sökande erbjöd förmåner och antydde följder för handläggaren om bygglovet inte beviljades; misstänkt "
     "koppling till organiserad brottslighet.",
     nullptr, nullptr},
    {"Miljökontoret", nullptr, 720, "13:50", T::Employee, K::Threat, C::OnSite, 2, P::Other, false,
     "KIA-1356", false, false, Manager, F::Closed, "Verksamhetsutövare hotade inspektör vid tillsynsbesök.",
     nullptr, nullptr},
    {"Kommunledningsförvaltningen", "Stadshuset", 200, "19:30", T::ElectedOfficial, K::Threat, C::Email, 3,
     P::Unknown, false, "", true, false, Crisis, F::Closed,
     "Förtroendevald fick hotfull e-post efter ett beslut i fullmäktige.",
     "Hot mot förtroendevalda i samband med sammanträden", nullptr},
    {"Kommunledningsförvaltningen", nullptr, 600, "22:10", T::ElectedOfficial, K::Harassment, C::SocialMedia,
     2, P::Unknown, false, "", false, false, None, F::Closed,
     "Förtroendevald utsattes för hat och trakasserier i sociala medier.", nullptr, nullptr},
    {"Kommunledningsförvaltningen", "Stadshuset", 850, "18:15", T::ElectedOfficial, K::Threat, C::OnSite, 3,
     P::Unknown, false, "", true, false, Manager, F::Measures,
     "Åhörare hotade ledamöter vid ett sammanträde och fick avvisas.",
     "Hot mot förtroendevalda i samband med sammanträden", "Passerkontroll vid nämndsammanträden"},
    {"Kommunledningsförvaltningen", nullptr, 950, "07:30", T::ElectedOfficial, K::Harassment, C::OutsideWork,
     2, P::Unknown, false, "", false, false, None, F::New,
     "Förtroendevald uppsöktes vid bostaden av en person som ville diskutera ett ärende.", nullptr, nullptr},
    {"Fastighetsförvaltning", "Kommunfastigheters kontor", 680, "03:00", T::Other, K::Vandalism, C::OnSite, 1,
     P::Unknown, false, "", true, false, None, F::Closed,
     "Inbrottsförsök i förrådet; larmet gick till väktarbolaget.", nullptr, nullptr},
    {"Måltidsservice", "Servicehuset", 250, "11:20", T::Employee, K::NearMiss, C::OnSite, 1, P::Colleague,
     false, "KIA-1160", false, false, Manager, F::Closed,
     "Konflikt mellan kollegor i köket höll på att bli handgriplig.", nullptr, nullptr},
};

} // namespace

void DemoIncidents::populate(Register& reg)
{
    Transaction tx(reg.database());
    DemoNames names(reg);

    const QDate today = QDate::currentDate();
    const QDate start(today.year() - 1, 1, 1);
    const qint64 span = start.daysTo(today);
    for (const DemoIncident& d : kIncidents) {
        Incident i;
        i.occurredOn = start.addDays(span * d.at / 1000);
        if (d.time)
            i.occurredTime = QTime::fromString(QString::fromLatin1(d.time), QStringLiteral("HH:mm"));
        i.unitId = names.unit(d.unit);
        i.siteId = names.site(d.site);
        i.target = d.target;
        i.kind = d.kind;
        i.channel = d.channel;
        i.severity = d.severity;
        i.perpetrator = d.perpetrator;
        i.organisedCrime = d.organisedCrime;
        i.systemRef = QString::fromLatin1(d.systemRef);
        i.policeReported = d.police;
        if (d.police)
            i.policeReportedOn = std::min(i.occurredOn.addDays(1), today);
        i.serious = d.serious;
        if (d.serious)
            i.authorityReportedOn = i.occurredOn; // reported the same day, in time
        i.supportManager = d.support & Manager;
        i.supportOccupationalHealth = d.support & Health;
        i.supportCrisis = d.support & Crisis;
        i.followUp = d.followUp;
        if (d.followUp == F::Closed)
            i.closedOn = std::min(i.occurredOn.addDays(10 + d.at % 30), today);
        i.description = QString::fromUtf8(d.description);
        const qint64 id = reg.incidents().create(i);
        if (const qint64 risk = names.risk(d.risk))
            reg.incidentRisks().link(id, risk);
        if (const qint64 action = names.action(d.action))
            reg.incidentActions().link(id, action);
    }
    tx.commit();
}

} // namespace sakra
