#include "DemoPreparedness.h"

#include "DemoNames.h"
#include "Register.h"
#include "storage/Transaction.h"

namespace sakra {

namespace {

using TK = Training::Kind;
using RK = Routine::Kind;
using Known = Routine::Known;
using AK = AlarmEquipment::Kind;

constexpr int kNever = -1;
// An alarm whose last test nobody knows the day of (not the same as never tested).
constexpr int kUnknown = -2;

struct DemoTraining
{
    const char* unit;
    TK kind;
    int daysAgo;
    int participants;
    int targetGroup;
    int recurrenceMonths;
    const char* title;
};

// Försörjningsstöd Centrum and Mottagningsenheten drill regularly; Ekbackens skola's lockdown drill
// is overdue; the night patrol has had training in threats but no alarm drill; Fritidsgården
// Kvarnen has had nothing at all.
const DemoTraining kTrainings[] = {
    {"Försörjningsstöd Centrum", TK::AlarmDrill, 500, 14, 16, 12, "Larmövning med väktarbolaget"},
    {"Försörjningsstöd Centrum", TK::AlarmDrill, 120, 15, 16, 12, "Larmövning med väktarbolaget"},
    {"Försörjningsstöd Centrum", TK::ThreatsViolence, 200, 16, 16, 24, "Hot och våld i myndighetsutövning"},
    {"Försörjningsstöd Centrum", TK::Lockdown, 90, 13, 16, 12, "Inrymningsövning i hus A och B"},
    {"Mottagningsenheten", TK::AlarmDrill, 60, 9, 10, 12, "Larmövning"},
    {"Mottagningsenheten", TK::ThreatsViolence, 300, 10, 10, 24, "Hot och våld, grundkurs"},
    {"Ekbackens skola", TK::Lockdown, 460, 38, 45, 12, "Inrymningsövning"},
    {"Ekbackens skola", TK::FireDrill, 150, 45, 45, 12, "Utrymningsövning vid brand"},
    {"Ekbackens skola", TK::LethalViolence, 700, 30, 45, 36, "Pågående dödligt våld i skolmiljö"},
    {"Strandskolan", TK::Lockdown, 200, 40, 42, 12, "Inrymningsövning"},
    {"Strandskolan", TK::FireDrill, 400, 42, 42, 12, "Utrymningsövning vid brand"},
    {"Centrumgymnasiet", TK::LethalViolence, 100, 85, 110, 24, "Pågående dödligt våld"},
    {"Centrumgymnasiet", TK::Lockdown, 100, 105, 110, 12, "Inrymningsövning med polisen"},
    {"Nattpatrullen", TK::ThreatsViolence, 380, 8, 12, 24, "Hot och våld vid ensamarbete"},
    {"Områdesteamet Öster", TK::VisitorTreatment, 250, 18, 20, 0, "Bemötande av anhöriga"},
    {"Gruppbostaden Linden", TK::ThreatsViolence, 180, 11, 14, 12, "Lågaffektivt bemötande"},
    {"Gruppbostaden Linden", TK::FireDrill, 420, 14, 14, 12, "Utrymning med individanpassat brandskydd"},
    {"Aspgårdens äldreboende", TK::FireDrill, 30, 35, 40, 12, "Brandövning nattetid"},
    {"Stadsbiblioteket", TK::VisitorTreatment, 220, 9, 12, 0, "Bemötande i lånedisken"},
    {"Utbildnings- och jobbcenter Norr", TK::LethalViolence, 190, 22, 24, 24,
     "Pågående dödligt våld under kvällsundervisning"},
    {"Lärcentrum Söder", TK::Lockdown, 560, 20, 28, 12, "Inrymningsövning"},
    {"Jobbtorget", TK::AlarmDrill, 410, 7, 9, 12, "Larmövning"},
    {"Bygglovsavdelningen", TK::ThreatsViolence, 330, 12, 14, 36, "Otillåten påverkan i myndighetsutövning"},
    {"Kommunledningsförvaltningen", TK::CrisisExercise, 160, 18, 20, 12, "Krisledningsövning"},
    {"Kommunledningsförvaltningen", TK::Evacuation, 260, 140, 180, 12, "Utrymning av stadshuset"},
};

struct DemoRoutine
{
    const char* title;
    RK kind;
    bool documented;
    int adoptedDaysAgo; // kNever: not adopted
    int reviewMonths;
    int reviewedDaysAgo; // kNever: not reviewed since adoption
    Known known;
    int briefedDaysAgo; // kNever: never gone through at a workplace meeting
    const char* link;
    std::initializer_list<const char*> units;
};

const DemoRoutine kRoutines[] = {
    // Two together on night visits instead of one alone with an alarm (seed 002).
    {"Dubbelbemanning vid hembesök nattetid",
     RK::DoubleStaffing,
     true,
     400,
     12,
     120,
     Known::Yes,
     90,
     "https://intranat.lindvalla.se/rutiner/dubbelbemanning-natt.pdf",
     {"Nattpatrullen"}},
    {"Rutin vid hot och våld i myndighetsutövning",
     RK::ThreatsViolence,
     true,
     900,
     12,
     150,
     Known::Yes,
     120,
     "https://intranat.lindvalla.se/rutiner/hot-och-vald-iaf.pdf",
     {"Avdelningen Socialtjänst – ekonomiskt bistånd"}},
    {"Larmrutin för Kvarngatan 4",
     RK::Alarm,
     true,
     700,
     12,
     100,
     Known::Yes,
     100,
     "https://intranat.lindvalla.se/rutiner/larm-kvarngatan.pdf",
     {"Försörjningsstöd Centrum", "Mottagningsenheten"}},
    {"Stöd till medarbetare efter hot och våld",
     RK::Support,
     true,
     800,
     24,
     kNever,
     Known::Yes,
     200,
     "https://intranat.lindvalla.se/rutiner/stod-efter-hot.pdf",
     {"Social- och omsorgsförvaltningen", "Avdelningen Socialtjänst – ekonomiskt bistånd"}},
    {"Hot och trakasserier mot förtroendevalda",
     RK::ThreatsViolence,
     true,
     500,
     12,
     kNever,
     Known::Partly,
     kNever,
     "https://intranat.lindvalla.se/rutiner/fortroendevalda.pdf",
     {"Kommunledningsförvaltningen"}},
    {"Händelser utanför arbetstid",
     RK::OutsideWork,
     true,
     600,
     24,
     kNever,
     Known::Partly,
     400,
     "https://intranat.lindvalla.se/rutiner/utanfor-arbetstid.pdf",
     {"Lindvalla kommun"}},
    {"Krisledningsplan",
     RK::CrisisPlan,
     true,
     1000,
     12,
     300,
     Known::Yes,
     kNever,
     "https://intranat.lindvalla.se/planer/krisledningsplan.pdf",
     {"Lindvalla kommun"}},
    {"Rutin för ensamarbete och hembesök nattetid",
     RK::HomeVisit,
     true,
     400,
     12,
     kNever,
     Known::Partly,
     380,
     "https://intranat.lindvalla.se/rutiner/nattpatrull.pdf",
     {"Nattpatrullen"}},
    {"Muntlig rutin vid hembesök",
     RK::HomeVisit,
     false,
     kNever,
     0,
     kNever,
     Known::Partly,
     kNever,
     "",
     {"Områdesteamet Öster"}},
    {"Säkerhetsrutin för skolan",
     RK::Security,
     true,
     1100,
     12,
     500,
     Known::Partly,
     450,
     "https://intranat.lindvalla.se/rutiner/ekbacken-sakerhet.pdf",
     {"Ekbackens skola"}},
    {"Handlingsplan vid pågående dödligt våld",
     RK::ActionPlan,
     true,
     300,
     12,
     kNever,
     Known::Yes,
     90,
     "https://intranat.lindvalla.se/planer/pdv-skola.pdf",
     {"Avdelningen Grundskola", "Avdelningen Gymnasieskola"}},
    {"Bemötande i lånedisken",
     RK::Security,
     false,
     kNever,
     0,
     kNever,
     Known::Unknown,
     kNever,
     "",
     {"Stadsbiblioteket"}},
    {"Checklista för öppning och stängning",
     RK::Checklist,
     true,
     250,
     12,
     kNever,
     Known::Yes,
     200,
     "https://intranat.lindvalla.se/checklistor/lararcentrum.pdf",
     {"Lärcentrum Söder", "Jobbtorget"}},
    {"Rutin mot otillåten påverkan i tillstånd och tillsyn",
     RK::ThreatsViolence,
     true,
     650,
     12,
     kNever,
     Known::Partly,
     500,
     "https://intranat.lindvalla.se/rutiner/otillaten-paverkan.pdf",
     {"Miljö- och samhällsbyggnadsförvaltningen"}},
    {"Beredskapsplan för Lindvalla Kommunfastigheter",
     RK::PreparednessPlan,
     true,
     720,
     24,
     kNever,
     Known::No,
     kNever,
     "https://intranat.lindvalla.se/planer/kommunfastigheter.pdf",
     {"Lindvalla Kommunfastigheter AB"}},
};

struct DemoAlarm
{
    AK kind;
    const char* unit; // or nullptr
    const char* site; // or nullptr
    int devices;
    const char* receiver;
    int testedDaysAgo; // kNever: never tested
    int intervalMonths;
};

const DemoAlarm kAlarms[] = {
    {AK::Panic, "Försörjningsstöd Centrum", "Kvarngatan 4 (hus A och B)", 6, "Väktarbolagets larmcentral", 60,
     6},
    {AK::Personal, "Mottagningsenheten", nullptr, 10, "Väktarbolagets larmcentral", 90, 6},
    {AK::Intrusion, nullptr, "Kvarngatan 4 (hus A och B)", 1, "Väktarbolagets larmcentral", 200, 12},
    {AK::Personal, "Nattpatrullen", nullptr, 12, "Trygghetsjouren", 420, 6},
    {AK::Personal, "Områdesteamet Öster", nullptr, 20, "Trygghetsjouren", 150, 12},
    {AK::Panic, "Ekbackens skola", "Ekbackens skola", 3, "Skolans expedition och väktarbolaget", 500, 12},
    {AK::Intrusion, nullptr, "Ekbackens skola", 1, "Väktarbolagets larmcentral", 100, 12},
    {AK::Panic, "Centrumgymnasiet", "Centrumgymnasiet", 4, "Väktarbolagets larmcentral", 120, 12},
    {AK::Panic, "Gruppbostaden Linden", "Gruppbostaden Linden", 2, "Personal i tjänst i huset", kNever, 12},
    {AK::Panic, "Stadsbiblioteket", "Stadsbiblioteket", 2, "Receptionen", 380, 12},
    {AK::Panic, "Fritidsgården Kvarnen", nullptr, 1, "Personal i tjänst", kUnknown, 12},
    {AK::Panic, "Kommunledningsförvaltningen", "Stadshuset", 8, "Stadshusets reception och väktarbolaget", 45,
     12},
    {AK::Intrusion, nullptr, "Stadshuset", 1, "Väktarbolagets larmcentral", 30, 12},
    {AK::Personal, "Bygglovsavdelningen", nullptr, 6, "Väktarbolagets larmcentral", 250, 12},
    {AK::Intrusion, "Fastighetsförvaltning", "Kommunfastigheters kontor", 1, "Väktarbolagets larmcentral",
     700, 12},
    {AK::Panic, "Utbildnings- och jobbcenter Norr", "Utbildnings- och jobbcenter Norr", 4,
     "Väktarbolagets larmcentral", 170, 12},
};

} // namespace

void DemoPreparedness::populate(Register& reg)
{
    Transaction tx(reg.database());
    DemoNames names(reg);
    const QDate today = QDate::currentDate();
    auto ago = [&](int days) { return days < 0 ? QDate() : today.addDays(-days); };

    for (const DemoTraining& d : kTrainings) {
        Training t;
        t.unitId = names.unit(d.unit);
        t.kind = d.kind;
        t.heldOn = ago(d.daysAgo);
        t.participants = d.participants;
        t.targetGroup = d.targetGroup;
        t.recurrenceMonths = d.recurrenceMonths;
        t.title = QString::fromUtf8(d.title);
        reg.trainings().create(t);
    }

    for (const DemoRoutine& d : kRoutines) {
        Routine r;
        r.title = QString::fromUtf8(d.title);
        r.kind = d.kind;
        r.documented = d.documented;
        r.adoptedOn = ago(d.adoptedDaysAgo);
        r.reviewMonths = d.reviewMonths;
        r.lastReviewOn = ago(d.reviewedDaysAgo);
        r.knownByStaff = d.known;
        r.staffBriefedOn = ago(d.briefedDaysAgo);
        r.documentLink = QString::fromUtf8(d.link);
        // Guidance for elected officials (seed 002, section 5.1).
        r.electedOfficials = r.title.contains(QStringLiteral("förtroendevalda"));
        const qint64 firstUnit = names.unit(*d.units.begin());
        r.ownerId = names.firstPersonAt(firstUnit);
        const qint64 id = reg.routines().create(r);
        for (const char* name : d.units)
            reg.routineUnits().link(id, names.unit(name));
    }

    for (const DemoAlarm& d : kAlarms) {
        AlarmEquipment a;
        a.kind = d.kind;
        a.unitId = names.unit(d.unit);
        a.siteId = names.site(d.site);
        a.devices = d.devices;
        a.receiver = QString::fromUtf8(d.receiver);
        a.lastTestedOn = ago(d.testedDaysAgo);
        a.lastTestUnknown = d.testedDaysAgo == kUnknown;
        a.testIntervalMonths = d.intervalMonths;
        reg.alarmEquipment().create(a);
    }
    tx.commit();
}

} // namespace sakra
