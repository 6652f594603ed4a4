#include "AssessmentRules.h"

#include "RuleSupport.h"
#include "risk/RiskMatrix.h"

#include <QCoreApplication>
#include <algorithm>

namespace sakra::AssessmentRules {

namespace {

// A requirement meant for higher risk, at a unit whose current assessment puts the risk low.
AssessmentCheck exempted(const char* requirement, const AssessmentFacts& f, const QString& why)
{
    return {tr(requirement), false, false, true, tr("%1: %2").arg(lowRiskBasis(f), why), QString()};
}

bool assessedCurrent(const AssessmentFacts& f)
{
    return within(f.threatLevelAssessedOn, f.today, kRiskInventoryMonths) &&
           f.threatLevelAssessedOn <= f.today;
}

bool isAnyOf(const QString& code, std::initializer_list<const char*> codes)
{
    return std::any_of(codes.begin(), codes.end(), [&](const char* c) { return code == QLatin1String(c); });
}

// The routines of the given kinds that are written down.
std::vector<const AssessmentFacts::Routine*> documented(const AssessmentFacts& f,
                                                        std::initializer_list<const char*> kinds)
{
    std::vector<const AssessmentFacts::Routine*> out;
    for (const auto& r : f.routines)
        if (r.documented && isAnyOf(r.kind, kinds))
            out.push_back(&r);
    return out;
}

bool isKnown(const AssessmentFacts::Routine& r, const QDate& today)
{
    return r.known == QLatin1String("yes") && within(r.staffBriefedOn, today, kStaffBriefedMonths);
}

QString knownReason(const AssessmentFacts::Routine* r, const QDate& today)
{
    if (isKnown(*r, today))
        return tr("Rutinen %1 är känd bland medarbetarna och gicks igenom %2.")
            .arg(r->title, iso(r->staffBriefedOn));
    if (r->known == QLatin1String("yes"))
        return r->staffBriefedOn.isValid()
                   ? tr("Rutinen %1 gicks senast igenom med medarbetarna %2, för mer än %3 månader sedan.")
                         .arg(r->title, iso(r->staffBriefedOn))
                         .arg(kStaffBriefedMonths)
                   : tr("Rutinen %1 anges vara känd, men ingen genomgång med medarbetarna är registrerad.")
                         .arg(r->title);
    if (r->known == QLatin1String("partly"))
        return tr("Rutinen %1 är bara delvis känd bland medarbetarna.").arg(r->title);
    if (r->known == QLatin1String("unknown"))
        return tr("Det är inte känt om medarbetarna känner till rutinen %1 (vet ej).").arg(r->title);
    return tr("Rutinen %1 är inte känd bland medarbetarna.").arg(r->title);
}

// The routine that best shows the requirement: a known one first, then the one briefed last.
const AssessmentFacts::Routine* bestKnown(const std::vector<const AssessmentFacts::Routine*>& routines,
                                          const QDate& today)
{
    const AssessmentFacts::Routine* best = nullptr;
    for (const auto* r : routines) {
        if (!best || (isKnown(*r, today) && !isKnown(*best, today)) ||
            (isKnown(*r, today) == isKnown(*best, today) && r->staffBriefedOn > best->staffBriefedOn))
            best = r;
    }
    return best;
}

const AssessmentFacts::Training* latest(const AssessmentFacts& f, std::initializer_list<const char*> kinds)
{
    const AssessmentFacts::Training* out = nullptr;
    for (const auto& t : f.trainings)
        if (isAnyOf(t.kind, kinds) && (!out || t.heldOn > out->heldOn))
            out = &t;
    return out;
}

int countAlarms(const AssessmentFacts& f, std::initializer_list<const char*> kinds)
{
    return int(std::count_if(f.alarms.begin(), f.alarms.end(),
                             [&](const auto& a) { return isAnyOf(a.kind, kinds); }));
}

bool alarmNeeded(const AssessmentFacts& f)
{
    if (lowRisk(f))
        return false;
    return f.highThreatRisks > 0 || f.threatOrViolenceIncidents > 0 || highRiskAssessed(f);
}

// The kinds of training the rules name in their reasons.
QString trainingKindText(const QString& kind)
{
    if (kind == QLatin1String("visitor_treatment"))
        return tr("bemötande");
    if (kind == QLatin1String("lethal_violence"))
        return tr("akuta nödsituationer, pågående dödligt våld");
    if (kind == QLatin1String("lockdown"))
        return tr("inrymningsövning");
    return kind;
}

// Each kind of training counts for what it is (seed 002): visitor treatment and acute
// emergencies are not training in threats and violence.
const std::initializer_list<const char*> kThreatTraining = {"threats_violence"};
const std::initializer_list<const char*> kEmergencyTraining = {"lethal_violence", "lockdown"};
const std::initializer_list<const char*> kDrills = {"alarm_drill", "evacuation", "lockdown",
                                                    "crisis_exercise"};

} // namespace

const std::vector<Question>& questions()
{
    static const std::vector<Question> all = {
        {"analysis", QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Analys och uppföljning"),
         QT_TRANSLATE_NOOP(
             "sakra::AssessmentRules",
             "Har verksamheten analyserat och följt upp förekomsten av hot, våld och trakasserier?")},
        {"routines", QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Vidtagna åtgärder"),
         QT_TRANSLATE_NOOP("sakra::AssessmentRules",
                           "Finns dokumenterade säkerhetsrutiner för hur uppkomna situationer ska hanteras, "
                           "och är de kända bland medarbetarna?")},
        {"physical", QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Vidtagna åtgärder"),
         QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Har fysiska åtgärder vidtagits, med larm där det "
                                                     "behövs och en rutin för hantering av utlöst larm?")},
        {"outside_work", QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Vidtagna åtgärder"),
         QT_TRANSLATE_NOOP("sakra::AssessmentRules",
                           "Finns en känd rutin för hot, våld och trakasserier utanför arbetsplatsen?")},
        {"support", QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Vidtagna åtgärder"),
         QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Erbjuds den som har blivit utsatt stöd?")},
        {"prevention", QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Förebyggande arbete"),
         QT_TRANSLATE_NOOP("sakra::AssessmentRules",
                           "Bedrivs ett aktivt förebyggande arbete med utbildning och övningar?")},
        {"lone_work", QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Förebyggande arbete"),
         QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Undviks ensamarbete där risken för våld är påtaglig?")},
        {"alarm_tests", QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Förebyggande arbete"),
         QT_TRANSLATE_NOOP("sakra::AssessmentRules",
                           "Provas och underhålls larmutrustningen, och övas larmet regelbundet?")},
        {"elected_officials", QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Analys och uppföljning"),
         QT_TRANSLATE_NOOP("sakra::AssessmentRules",
                           "Har kommunstyrelsen analyserat och följt upp hot, våld och trakasserier mot "
                           "förtroendevalda, och finns en känd vägledning för deras säkerhet?"),
         true},
    };
    return all;
}

bool isKnownQuestion(const QString& code)
{
    const auto& all = questions();
    return std::any_of(all.begin(), all.end(),
                       [&](const Question& q) { return code == QLatin1String(q.code); });
}

bool isMunicipalQuestion(const QString& code)
{
    const auto& all = questions();
    return std::any_of(all.begin(), all.end(),
                       [&](const Question& q) { return q.municipal && code == QLatin1String(q.code); });
}

bool isExecutiveBoard(const QString& boardName)
{
    return boardName.trimmed().startsWith(QStringLiteral("kommunstyrelse"), Qt::CaseInsensitive);
}

QString questionText(const QString& code)
{
    for (const Question& q : questions())
        if (code == QLatin1String(q.code))
            return tr(q.text);
    return QString();
}

QString sectionText(const QString& code)
{
    for (const Question& q : questions())
        if (code == QLatin1String(q.code))
            return tr(q.section);
    return QString();
}

int highRiskLevel(const RiskMatrix& matrix)
{
    const int levels = int(matrix.levels().size());
    return levels >= 4 ? levels - 2 : std::max(0, levels - 1);
}

bool lowRisk(const AssessmentFacts& f)
{
    return assessedCurrent(f) && f.threatLevel == QLatin1String("low") && f.highThreatRisks == 0;
}

bool highRiskAssessed(const AssessmentFacts& f)
{
    return assessedCurrent(f) && f.threatLevel == QLatin1String("high");
}

QString lowRiskBasis(const AssessmentFacts& f)
{
    return lowRisk(f) ? tr("Låg risk enligt riskbedömning %1").arg(iso(f.threatLevelAssessedOn)) : QString();
}

// Analysis and follow-up -----------------------------------------------------------------------

AssessmentCheck riskInventoryRecent(const AssessmentFacts& f)
{
    const char* req = QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Riskinventering det senaste året");
    if (within(f.lastRiskInventory, f.today, kRiskInventoryMonths))
        return check(req, true, tr("Riskinventering genomförd %1.").arg(iso(f.lastRiskInventory)), "");
    return check(
        req, false,
        f.lastRiskInventory.isValid()
            ? tr("Senaste riskinventeringen gjordes %1, för mer än %2 månader sedan.")
                  .arg(iso(f.lastRiskInventory))
                  .arg(kRiskInventoryMonths)
            : tr("Ingen riskinventering är registrerad."),
        QT_TRANSLATE_NOOP("sakra::AssessmentRules",
                          "Genomför en riskinventering av hot, våld och trakasserier i verksamheten."));
}

AssessmentCheck threatRisksAssessed(const AssessmentFacts& f)
{
    const char* req = QT_TRANSLATE_NOOP(
        "sakra::AssessmentRules", "Riskerna för hot, våld och trakasserier bedömda och omprövade i tid");
    const char* rec = QT_TRANSLATE_NOOP(
        "sakra::AssessmentRules", "Bedöm riskerna för hot, våld och trakasserier och ompröva dem i tid.");
    if (f.threatRisks == 0)
        return check(req, false, tr("Inga risker för hot, våld eller trakasserier är bedömda."), rec);
    if (f.threatRisksOverdue > 0)
        return check(
            req, false,
            tr("%n av %1 risker för hot, våld och trakasserier har passerat sin omprövning (den första %2).",
               nullptr, f.threatRisksOverdue)
                .arg(f.threatRisks)
                .arg(iso(f.firstOverdueReview)),
            rec);
    return check(req, true,
                 tr("%n risk(er) för hot, våld och trakasserier bedömda; ingen omprövning är försenad.",
                    nullptr, f.threatRisks),
                 "");
}

AssessmentCheck incidentsFollowedUp(const AssessmentFacts& f)
{
    const char* req = QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Händelser utredda och följda upp");
    if (f.incidents == 0)
        return notApplicable(req,
                             tr("Inga händelser registrerade de senaste %1 månaderna.").arg(kIncidentMonths));
    const bool met = percent(f.incidentsFollowedUp, f.incidents) >= kFollowUpPercent;
    return check(req, met,
                 tr("%1 av %n händelse(r) de senaste %2 månaderna är utredda, åtgärdade eller avslutade.",
                    nullptr, f.incidents)
                     .arg(f.incidentsFollowedUp)
                     .arg(kIncidentMonths),
                 QT_TRANSLATE_NOOP("sakra::AssessmentRules",
                                   "Utred och följ upp varje rapporterad händelse inom en månad."));
}

// Security routines ------------------------------------------------------------------------------

AssessmentCheck securityRoutineDocumented(const AssessmentFacts& f)
{
    const char* req =
        QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Dokumenterad säkerhetsrutin för hot och våld");
    const auto routines = documented(f, {"threats_violence", "security"});
    if (!routines.empty())
        return check(req, true, tr("Dokumenterad rutin: %1.").arg(routines.front()->title), "");
    const bool undocumented = std::any_of(f.routines.begin(), f.routines.end(), [](const auto& r) {
        return !r.documented && isAnyOf(r.kind, {"threats_violence", "security"});
    });
    return check(req, false,
                 undocumented ? tr("Det finns en säkerhetsrutin, men den är inte dokumenterad.")
                              : tr("Ingen säkerhetsrutin för hot och våld omfattar enheten."),
                 QT_TRANSLATE_NOOP("sakra::AssessmentRules",
                                   "Upprätta dokumenterade säkerhetsrutiner för arbete med risk för våld."));
}

AssessmentCheck securityRoutineReviewed(const AssessmentFacts& f)
{
    const char* req =
        QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Säkerhetsrutinen översedd inom sitt intervall");
    const auto routines = documented(f, {"threats_violence", "security"});
    if (routines.empty())
        return notApplicable(req, tr("Ingen dokumenterad säkerhetsrutin att se över."));
    for (const auto* r : routines)
        if (r->nextReview.isValid() && r->nextReview >= f.today)
            return check(
                req, true,
                tr("Rutinen %1 ska ses över nästa gång senast %2.").arg(r->title, iso(r->nextReview)), "");
    const auto* r = routines.front();
    return check(
        req, false,
        r->nextReview.isValid()
            ? tr("Rutinen %1 skulle ha setts över senast %2.").arg(r->title, iso(r->nextReview))
            : tr("Rutinen %1 har inget intervall för översyn.").arg(r->title),
        QT_TRANSLATE_NOOP("sakra::AssessmentRules",
                          "Se över säkerhetsrutinerna regelbundet och ange när de ska ses över nästa gång."));
}

AssessmentCheck securityRoutineKnown(const AssessmentFacts& f)
{
    const char* req = QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Säkerhetsrutinen känd bland medarbetarna");
    const auto routines = documented(f, {"threats_violence", "security"});
    if (routines.empty())
        return notApplicable(req, tr("Ingen dokumenterad säkerhetsrutin att göra känd."));
    const auto* best = bestKnown(routines, f.today);
    if (best->known == QLatin1String("unknown"))
        return check(
            req, false, knownReason(best, f.today),
            QT_TRANSLATE_NOOP("sakra::AssessmentRules",
                              "Ta reda på om medarbetarna känner till säkerhetsrutinerna, till exempel "
                              "genom en genomgång på arbetsplatsträff."));
    return check(req, isKnown(*best, f.today), knownReason(best, f.today),
                 QT_TRANSLATE_NOOP("sakra::AssessmentRules",
                                   "Säkerställ att säkerhetsrutinerna är förankrade i verksamheten, till "
                                   "exempel genom en genomgång på arbetsplatsträff."));
}

// Physical protection and alarms -----------------------------------------------------------------

AssessmentCheck alarmWhereNeeded(const AssessmentFacts& f)
{
    const char* req =
        QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Person- eller överfallslarm där risken för våld är hög");
    if (lowRisk(f))
        return exempted(
            req, f,
            f.threatOrViolenceIncidents == 0
                ? tr("person- eller överfallslarm krävs inte.")
                : tr("person- eller överfallslarm krävs inte i proportion till risken (%n händelse(r) "
                     "med hot eller våld det senaste året).",
                     nullptr, f.threatOrViolenceIncidents));
    if (!alarmNeeded(f))
        return notApplicable(
            req,
            tr("Ingen hög risk för hot och våld och inga händelser med hot eller våld det senaste året."));
    const int alarms = countAlarms(f, {"personal", "panic"});
    QString why =
        tr("%1 hög(a) risk(er) för hot och våld, %2 händelse(r) med hot eller våld det senaste året")
            .arg(f.highThreatRisks)
            .arg(f.threatOrViolenceIncidents);
    if (highRiskAssessed(f))
        why = tr("Hög risk enligt riskbedömning %1; %2").arg(iso(f.threatLevelAssessedOn), why);
    if (alarms > 0)
        return check(
            req, true,
            tr("%1; person- eller överfallslarm finns (%n registrering(ar)).", nullptr, alarms).arg(why), "");
    return check(
        req, false, tr("%1, men inget person- eller överfallslarm.").arg(why),
        QT_TRANSLATE_NOOP("sakra::AssessmentRules",
                          "Överväg personlarm vid inspektioner, hembesök och andra riskutsatta möten."));
}

AssessmentCheck alarmReceiverNamed(const AssessmentFacts& f)
{
    const char* req = QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Mottagare av larmen angiven");
    if (f.alarms.empty())
        return notApplicable(req, tr("Ingen larmutrustning registrerad."));
    const int missing = int(std::count_if(f.alarms.begin(), f.alarms.end(),
                                          [](const auto& a) { return a.receiver.trimmed().isEmpty(); }));
    if (missing == 0)
        return check(req, true, tr("All larmutrustning har en angiven mottagare."), "");
    return check(
        req, false, tr("%n av %1 larm saknar angiven mottagare.", nullptr, missing).arg(f.alarms.size()),
        QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Ange vem som tar emot larmen för all larmutrustning."));
}

AssessmentCheck alarmRoutine(const AssessmentFacts& f)
{
    const char* req =
        QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Dokumenterad rutin för hantering av utlöst larm");
    if (f.alarms.empty() && !alarmNeeded(f))
        return notApplicable(req, tr("Ingen larmutrustning och inget behov av larm."));
    const auto routines = documented(f, {"alarm"});
    if (!routines.empty())
        return check(req, true, tr("Larmrutin: %1.").arg(routines.front()->title), "");
    return check(
        req, false, tr("Ingen dokumenterad rutin för vem som tar emot larmet och vad som händer sedan."),
        QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Fastställ en rutin för hantering av utlöst larm."));
}

AssessmentCheck physicalProtection(const AssessmentFacts& f)
{
    const char* req = QT_TRANSLATE_NOOP(
        "sakra::AssessmentRules", "Fysiskt skydd av lokalerna utöver larm: lås, passersystem, skalskydd");
    const char* rec = QT_TRANSLATE_NOOP("sakra::AssessmentRules",
                                        "Inventera lokalerna och överväg lås, passersystem och skalskydd där "
                                        "risken för våld är förhöjd.");
    if (lowRisk(f))
        return exempted(req, f, tr("fysiskt skydd utöver det grundläggande krävs inte."));
    if (!alarmNeeded(f))
        return notApplicable(req, tr("Ingen förhöjd risk för hot och våld."));
    if (f.premises.empty())
        return check(req, false, tr("Enheten har ingen registrerad lokal att bedöma."), rec);
    QStringList inventoried, without;
    for (const auto& p : f.premises) {
        if (!p.inventoriedOn.isValid()) {
            without << p.site;
            continue;
        }
        QStringList what;
        if (p.locks)
            what << tr("lås");
        if (p.accessControl)
            what << tr("passersystem");
        if (p.perimeter)
            what << tr("skalskydd");
        if (what.isEmpty())
            without << p.site;
        else
            inventoried << tr("%1 (lokalinventering %2: %3)")
                               .arg(p.site, iso(p.inventoriedOn), what.join(QStringLiteral(", ")));
    }
    if (!inventoried.isEmpty())
        return check(req, true, tr("Fysiskt skydd: %1.").arg(inventoried.join(QStringLiteral("; "))), "");
    return check(req, false,
                 tr("Ingen lokalinventering visar lås, passersystem eller skalskydd i %1.")
                     .arg(without.join(QStringLiteral(", "))),
                 rec);
}

// Incidents outside work --------------------------------------------------------------------------

AssessmentCheck outsideWorkRoutine(const AssessmentFacts& f)
{
    const char* req = QT_TRANSLATE_NOOP("sakra::AssessmentRules",
                                        "Dokumenterad rutin för hot och våld utanför arbetsplatsen");
    const auto routines = documented(f, {"outside_work"});
    if (!routines.empty())
        return check(req, true, tr("Dokumenterad rutin: %1.").arg(routines.front()->title), "");
    return check(
        req, false, tr("Ingen dokumenterad rutin för händelser utanför arbetsplatsen eller arbetstiden."),
        QT_TRANSLATE_NOOP("sakra::AssessmentRules",
                          "Dokumentera rutinen för hot, våld och trakasserier utanför arbetsplatsen."));
}

AssessmentCheck outsideWorkRoutineKnown(const AssessmentFacts& f)
{
    const char* req =
        QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Rutinen för händelser utanför arbetsplatsen känd");
    const auto routines = documented(f, {"outside_work"});
    if (routines.empty())
        return notApplicable(req, tr("Ingen dokumenterad rutin att göra känd."));
    const auto* best = bestKnown(routines, f.today);
    return check(
        req, isKnown(*best, f.today), knownReason(best, f.today),
        QT_TRANSLATE_NOOP("sakra::AssessmentRules",
                          "Gör rutinen för hot och våld utanför arbetsplatsen känd bland medarbetarna."));
}

// Support to those affected -------------------------------------------------------------------------

AssessmentCheck supportRoutine(const AssessmentFacts& f)
{
    const char* req =
        QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Dokumenterad rutin för stöd till den som utsatts");
    const auto routines = documented(f, {"support"});
    if (!routines.empty())
        return check(req, true, tr("Dokumenterad rutin: %1.").arg(routines.front()->title), "");
    return check(
        req, false, tr("Ingen dokumenterad rutin för stöd efter en händelse."),
        QT_TRANSLATE_NOOP(
            "sakra::AssessmentRules",
            "Dokumentera vilket stöd som erbjuds den som utsatts för hot, våld eller trakasserier."));
}

AssessmentCheck supportOffered(const AssessmentFacts& f)
{
    const char* req = QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Stöd erbjudet efter händelser");
    if (f.incidentsAgainstPeople == 0)
        return notApplicable(req,
                             tr("Inga händelser mot medarbetare eller förtroendevalda det senaste året."));
    const bool met = percent(f.incidentsWithSupport, f.incidentsAgainstPeople) >= kSupportPercent;
    return check(
        req, met,
        tr("Stöd erbjöds efter %1 av %n händelse(r) mot medarbetare eller förtroendevalda det senaste året.",
           nullptr, f.incidentsAgainstPeople)
            .arg(f.incidentsWithSupport),
        QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Säkerställ att den som utsatts erbjuds stöd: samtal med "
                                                    "chef, företagshälsovård eller krisstöd."));
}

// Preventive work -----------------------------------------------------------------------------------

AssessmentCheck trainingRecent(const AssessmentFacts& f)
{
    const char* req = QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Utbildning i hot och våld, inte försenad");
    const char* rec = QT_TRANSLATE_NOOP("sakra::AssessmentRules",
                                        "Genomför regelbundna utbildningar i hantering av hot och våld.");
    const auto* t = latest(f, kThreatTraining);
    if (!t) {
        QString why = tr("Ingen utbildning i hot och våld är registrerad.");
        if (const auto* other = latest(f, {"visitor_treatment", "lethal_violence"}))
            why += QLatin1Char(' ') +
                   tr("Utbildningen %1 (%2) räknas för sig, inte som utbildning i hot och våld.")
                       .arg(iso(other->heldOn), trainingKindText(other->kind));
        return check(req, false, why, rec);
    }
    if (t->nextDue.isValid() && t->nextDue < f.today)
        return check(
            req, false,
            tr("Utbildningen från %1 skulle ha upprepats senast %2.").arg(iso(t->heldOn), iso(t->nextDue)),
            rec);
    if (!within(t->heldOn, f.today, kTrainingMonths))
        return check(req, false,
                     tr("Senaste utbildningen i hot och våld hölls %1, för mer än %2 månader sedan.")
                         .arg(iso(t->heldOn))
                         .arg(kTrainingMonths),
                     rec);
    return check(req, true, tr("Utbildning i hot och våld hölls %1.").arg(iso(t->heldOn)), "");
}

AssessmentCheck drillRecent(const AssessmentFacts& f)
{
    const char* req = QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Övning det senaste året");
    const char* rec =
        QT_TRANSLATE_NOOP("sakra::AssessmentRules",
                          "Genomför övningar i larm, utrymning eller inrymning minst en gång om året.");
    const auto* t = latest(f, kDrills);
    if (t && within(t->heldOn, f.today, kDrillMonths))
        return check(req, true, tr("Övning genomförd %1.").arg(iso(t->heldOn)), "");
    if (lowRisk(f))
        return exempted(req, f, tr("övningar i larm, utrymning eller inrymning varje år krävs inte."));
    return check(req, false,
                 t ? tr("Senaste övningen hölls %1, för mer än %2 månader sedan.")
                         .arg(iso(t->heldOn))
                         .arg(kDrillMonths)
                   : tr("Ingen övning i larm, utrymning, inrymning eller kris är registrerad."),
                 rec);
}

AssessmentCheck trainingParticipation(const AssessmentFacts& f)
{
    const char* req = QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Målgruppen deltog i utbildningen");
    const auto* t = latest(f, kThreatTraining);
    if (!t || t->targetGroup <= 0)
        return notApplicable(req, tr("Ingen utbildning med angiven målgrupp."));
    const bool met = percent(t->participants, t->targetGroup) >= kParticipationPercent;
    return check(req, met,
                 tr("%1 av %2 i målgruppen deltog i utbildningen %3.")
                     .arg(t->participants)
                     .arg(t->targetGroup)
                     .arg(iso(t->heldOn)),
                 QT_TRANSLATE_NOOP(
                     "sakra::AssessmentRules",
                     "Se till att hela målgruppen går utbildningen, med uppsamlingstillfällen vid behov."));
}

AssessmentCheck emergencyTraining(const AssessmentFacts& f)
{
    const char* req = QT_TRANSLATE_NOOP(
        "sakra::AssessmentRules", "Utbildning eller övning för akuta nödsituationer (pågående dödligt våld)");
    if (f.lethalViolenceRisks == 0 && !highRiskAssessed(f))
        return notApplicable(req,
                             tr("Ingen risk för pågående dödligt våld är bedömd och ingen hög risk enligt "
                                "riskbedömning."));
    const auto* t = latest(f, kEmergencyTraining);
    if (t && within(t->heldOn, f.today, kTrainingMonths))
        return check(
            req, true,
            tr("Utbildning eller övning (%1) hölls %2.").arg(trainingKindText(t->kind), iso(t->heldOn)), "");
    if (lowRisk(f))
        return exempted(req, f, tr("utbildning för akuta nödsituationer krävs inte."));
    const QString why =
        f.lethalViolenceRisks > 0
            ? tr("%n risk(er) för pågående dödligt våld är bedömda", nullptr, f.lethalViolenceRisks)
            : tr("Hög risk enligt riskbedömning %1").arg(iso(f.threatLevelAssessedOn));
    return check(
        req, false,
        t ? tr("%1; senaste utbildningen eller övningen hölls %2, för mer än %3 månader sedan.")
                .arg(why, iso(t->heldOn))
                .arg(kTrainingMonths)
          : tr("%1, men ingen utbildning eller inrymningsövning för akuta nödsituationer är registrerad.")
                .arg(why),
        QT_TRANSLATE_NOOP("sakra::AssessmentRules",
                          "Utbilda och öva medarbetarna i hur de agerar vid akuta nödsituationer som "
                          "pågående dödligt våld, till exempel med en inrymningsövning."));
}

AssessmentCheck visitorTreatmentTraining(const AssessmentFacts& f)
{
    const char* req = QT_TRANSLATE_NOOP("sakra::AssessmentRules",
                                        "Bemötandeutbildning där besökare och klienter utsätter personalen");
    if (f.incidentsByVisitors == 0)
        return notApplicable(req, tr("Inga händelser orsakade av klienter eller anhöriga det senaste året."));
    const auto* t = latest(f, {"visitor_treatment"});
    const QString why = tr("%n händelse(r) orsakade av klienter eller anhöriga det senaste året", nullptr,
                           f.incidentsByVisitors);
    if (t && within(t->heldOn, f.today, kTrainingMonths))
        return check(req, true, tr("%1; bemötandeutbildning hölls %2.").arg(why, iso(t->heldOn)), "");
    return check(req, false,
                 t ? tr("%1; senaste bemötandeutbildningen hölls %2, för mer än %3 månader sedan.")
                         .arg(why, iso(t->heldOn))
                         .arg(kTrainingMonths)
                   : tr("%1, men ingen bemötandeutbildning är registrerad.").arg(why),
                 QT_TRANSLATE_NOOP("sakra::AssessmentRules",
                                   "Ge medarbetare som möter klienter och besökare utbildning i bemötande."));
}

// Lone work -------------------------------------------------------------------------------------------

AssessmentCheck loneWorkRiskTreated(const AssessmentFacts& f)
{
    const char* req = QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Åtgärder mot ensamarbete med hög risk");
    if (f.highLoneWorkRisks == 0)
        return notApplicable(req, tr("Ingen hög risk vid ensam- eller nattarbete."));
    const bool met = f.highLoneWorkRisksWithAction >= f.highLoneWorkRisks;
    return check(req, met,
                 tr("%1 av %n hög(a) risk(er) vid ensam- eller nattarbete har en åtgärd.", nullptr,
                    f.highLoneWorkRisks)
                     .arg(f.highLoneWorkRisksWithAction),
                 QT_TRANSLATE_NOOP("sakra::AssessmentRules",
                                   "Vidta åtgärder så att ensamarbete undviks där risken "
                                   "för våld är påtaglig, till exempel dubbelbemanning."));
}

AssessmentCheck loneWorkRoutine(const AssessmentFacts& f)
{
    const char* req = QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Rutin för ensamarbete och hembesök");
    if (f.highLoneWorkRisks == 0)
        return notApplicable(req, tr("Ingen hög risk vid ensam- eller nattarbete."));
    const auto routines = documented(f, {"home_visit"});
    if (!routines.empty())
        return check(req, true, tr("Dokumenterad rutin: %1.").arg(routines.front()->title), "");
    return check(
        req, false, tr("Ingen dokumenterad rutin för ensamarbete eller hembesök."),
        QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Upprätta en rutin för ensamarbete och hembesök."));
}

AssessmentCheck loneWorkPersonalAlarm(const AssessmentFacts& f)
{
    const char* req = QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Personlarm vid ensamarbete");
    if (f.highLoneWorkRisks == 0)
        return notApplicable(req, tr("Ingen hög risk vid ensam- eller nattarbete."));
    if (countAlarms(f, {"personal"}) > 0)
        return check(req, true, tr("Personlarm finns."), "");
    // Two together where one would be alone answers the same need (seed 002).
    const auto doubled = documented(f, {"double_staffing"});
    if (!doubled.empty())
        return check(req, true,
                     tr("Dubbelbemanning i stället för personlarm: %1.").arg(doubled.front()->title), "");
    return check(
        req, false, tr("Hög risk vid ensam- eller nattarbete, men varken personlarm eller dubbelbemanning."),
        QT_TRANSLATE_NOOP("sakra::AssessmentRules",
                          "Överväg personlarm vid ensamarbete och inspektioner, eller dubbelbemanning."));
}

// Alarm equipment tested and drilled -------------------------------------------------------------------

AssessmentCheck alarmEquipmentTested(const AssessmentFacts& f)
{
    const char* req =
        QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Larmutrustningen provad inom sitt intervall");
    if (f.alarms.empty())
        return notApplicable(req, tr("Ingen larmutrustning registrerad."));
    // Never tested and not known when are told apart: the second is an honest gap in knowledge.
    int late = 0, never = 0, unknown = 0;
    QDate first;
    for (const auto& a : f.alarms) {
        if (!a.lastTestedOn.isValid()) {
            ++(a.lastTestUnknown ? unknown : never);
        } else if (!a.nextTest.isValid() || a.nextTest < f.today) {
            ++late;
            if (a.nextTest.isValid() && (!first.isValid() || a.nextTest < first))
                first = a.nextTest;
        }
    }
    const auto total = f.alarms.size();
    if (late + never + unknown == 0)
        return check(req, true, tr("All larmutrustning (%1) är provad inom sitt intervall.").arg(total), "");
    QStringList why;
    if (late > 0)
        why << (first.isValid() ? tr("%n av %1 larm är inte provade i tid (det första skulle ha provats %2).",
                                     nullptr, late)
                                      .arg(total)
                                      .arg(iso(first))
                                : tr("%n av %1 larm är inte provade i tid.", nullptr, late).arg(total));
    if (never > 0)
        why << tr("%n av %1 larm har aldrig provats.", nullptr, never).arg(total);
    if (unknown > 0)
        why << tr("För %n av %1 larm är det inte känt när de senast provades.", nullptr, unknown).arg(total);
    return check(req, false, why.join(QLatin1Char(' ')),
                 QT_TRANSLATE_NOOP("sakra::AssessmentRules",
                                   "Prova och underhåll larmutrustningen enligt sitt intervall."));
}

AssessmentCheck alarmDrillRecent(const AssessmentFacts& f)
{
    const char* req = QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Larmövning det senaste året");
    if (countAlarms(f, {"personal", "panic"}) == 0)
        return notApplicable(req, tr("Inga person- eller överfallslarm att öva med."));
    const auto* t = latest(f, {"alarm_drill"});
    if (t && within(t->heldOn, f.today, kDrillMonths))
        return check(req, true, tr("Larmövning genomförd %1.").arg(iso(t->heldOn)), "");
    if (lowRisk(f))
        return exempted(req, f, tr("larmövningar varje år krävs inte."));
    return check(req, false,
                 t ? tr("Senaste larmövningen hölls %1, för mer än %2 månader sedan.")
                         .arg(iso(t->heldOn))
                         .arg(kDrillMonths)
                   : tr("Ingen larmövning är registrerad."),
                 QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Inför regelbundna larmövningar."));
}

// Questions, answers and roll-up -------------------------------------------------------------------------

std::vector<AssessmentCheck> checksFor(const QString& question, const AssessmentFacts& f)
{
    if (question == QLatin1String("analysis"))
        return {riskInventoryRecent(f), threatRisksAssessed(f), incidentsFollowedUp(f)};
    if (question == QLatin1String("routines"))
        return {securityRoutineDocumented(f), securityRoutineReviewed(f), securityRoutineKnown(f)};
    if (question == QLatin1String("physical"))
        return {alarmWhereNeeded(f), alarmReceiverNamed(f), alarmRoutine(f), physicalProtection(f)};
    if (question == QLatin1String("outside_work"))
        return {outsideWorkRoutine(f), outsideWorkRoutineKnown(f)};
    if (question == QLatin1String("support"))
        return {supportRoutine(f), supportOffered(f)};
    if (question == QLatin1String("prevention"))
        return {trainingRecent(f), drillRecent(f), trainingParticipation(f), emergencyTraining(f),
                visitorTreatmentTraining(f)};
    if (question == QLatin1String("lone_work"))
        return {loneWorkRiskTreated(f), loneWorkRoutine(f), loneWorkPersonalAlarm(f)};
    if (question == QLatin1String("alarm_tests"))
        return {alarmEquipmentTested(f), alarmDrillRecent(f)};
    return {};
}

std::optional<AssessmentAnswer> answerFrom(const std::vector<AssessmentCheck>& checks)
{
    int applicable = 0;
    int met = 0;
    for (const AssessmentCheck& c : checks) {
        if (!c.applicable)
            continue;
        ++applicable;
        met += c.met ? 1 : 0;
    }
    if (applicable == 0)
        return std::nullopt;
    if (met == applicable)
        return AssessmentAnswer::Yes;
    if (3 * met >= 2 * applicable)
        return AssessmentAnswer::Mostly;
    if (met > 0)
        return AssessmentAnswer::Partly;
    return AssessmentAnswer::No;
}

std::optional<AssessmentAnswer> rollUp(const std::array<int, kAssessmentAnswerCount>& unitCounts)
{
    const int yes = unitCounts[std::size_t(AssessmentAnswer::Yes)];
    const int mostly = unitCounts[std::size_t(AssessmentAnswer::Mostly)];
    const int partly = unitCounts[std::size_t(AssessmentAnswer::Partly)];
    const int units = yes + mostly + partly + unitCounts[std::size_t(AssessmentAnswer::No)];
    if (units == 0)
        return std::nullopt;
    const int share = percent(yes + mostly, units);
    if (share >= kRollUpYesPercent)
        return AssessmentAnswer::Yes;
    if (share >= kRollUpMostlyPercent)
        return AssessmentAnswer::Mostly;
    if (yes + mostly + partly > 0)
        return AssessmentAnswer::Partly;
    return AssessmentAnswer::No;
}

} // namespace sakra::AssessmentRules
