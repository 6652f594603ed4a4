#include "assessment/AssessmentRules.h"

#include <catch2/catch.hpp>

using namespace sakra;
namespace R = AssessmentRules;

namespace {

const QDate kToday(2024, 6, 15);

AssessmentFacts facts()
{
    AssessmentFacts f;
    f.today = kToday;
    return f;
}

void requireMet(const AssessmentCheck& c)
{
    INFO(c.reason.toStdString());
    CHECK(c.applicable);
    CHECK(c.met);
    CHECK(c.recommendation.isEmpty());
}

void requireMissing(const AssessmentCheck& c, const char* reason, const char* recommendation)
{
    INFO(c.reason.toStdString());
    CHECK(c.applicable);
    CHECK_FALSE(c.met);
    CHECK_THAT(c.reason.toStdString(), Catch::Contains(reason));
    CHECK_THAT(c.recommendation.toStdString(), Catch::Contains(recommendation));
}

void requireNotApplicable(const AssessmentCheck& c)
{
    INFO(c.reason.toStdString());
    CHECK_FALSE(c.applicable);
    CHECK_FALSE(c.exempted);
    CHECK_FALSE(c.reason.isEmpty());
    CHECK(c.recommendation.isEmpty());
}

AssessmentFacts::Routine routine(const char* kind, const char* known, bool documented = true)
{
    return {QStringLiteral("Rutin %1").arg(QLatin1String(kind)),
            QLatin1String(kind),
            documented,
            QLatin1String(known),
            kToday.addMonths(-2),
            kToday.addMonths(6)};
}

AssessmentFacts::Training held(const char* kind, QDate on)
{
    return {QLatin1String(kind), on, 5, 10, {}};
}

void lowAssessment(AssessmentFacts& f)
{
    f.threatLevel = QStringLiteral("low");
    f.threatLevelAssessedOn = kToday.addMonths(-2);
}

} // namespace

TEST_CASE("vet ej: a routine whose standing among staff nobody knows", "[assessment][rules][unknowns]")
{
    AssessmentFacts f = facts();
    requireNotApplicable(R::securityRoutineKnown(f)); // no routine to know
    f.routines.push_back(routine("threats_violence", "unknown"));
    requireMissing(R::securityRoutineKnown(f), "inte känt om medarbetarna", "Ta reda på om medarbetarna");
    f.routines[0].known = QStringLiteral("no");
    requireMissing(R::securityRoutineKnown(f), "inte känd bland", "förankrade");
    f.routines[0].known = QStringLiteral("yes");
    requireMet(R::securityRoutineKnown(f));
    // A second routine whose standing is unknown does not hide one that is known.
    f.routines.push_back(routine("security", "unknown"));
    requireMet(R::securityRoutineKnown(f));

    AssessmentFacts g = facts();
    g.routines.push_back(routine("outside_work", "unknown"));
    requireMissing(R::outsideWorkRoutineKnown(g), "(vet ej)", "känd bland medarbetarna");
    // An unknown standing does not touch whether it is documented.
    requireMet(R::outsideWorkRoutine(g));
}

TEST_CASE("an alarm's last test: never tested and not known are told apart", "[assessment][rules][unknowns]")
{
    AssessmentFacts f = facts();
    requireNotApplicable(R::alarmEquipmentTested(f));
    f.alarms.push_back({QStringLiteral("panic"), QStringLiteral("Receptionen"), {}, {}, false});
    f.alarms.push_back({QStringLiteral("personal"), QStringLiteral("Kollegor"), {}, {}, true});
    const AssessmentCheck both = R::alarmEquipmentTested(f);
    requireMissing(both, "1 av 2 larm har aldrig provats", "Prova och underhåll");
    CHECK(both.reason.contains(QStringLiteral("För 1 av 2 larm är det inte känt när de senast provades.")));
    f.alarms[0].lastTestedOn = kToday.addMonths(-2);
    f.alarms[0].nextTest = kToday.addMonths(10);
    const AssessmentCheck unknown = R::alarmEquipmentTested(f);
    requireMissing(unknown, "inte känt när", "Prova och underhåll");
    CHECK_FALSE(unknown.reason.contains(QStringLiteral("aldrig")));
    f.alarms[1].lastTestedOn = kToday.addMonths(-1);
    f.alarms[1].nextTest = kToday.addMonths(11);
    requireMet(R::alarmEquipmentTested(f));
    // Overdue and unknown together: each said.
    f.alarms[0].nextTest = kToday.addDays(-3);
    f.alarms.push_back({QStringLiteral("panic"), QStringLiteral("Receptionen"), {}, {}, true});
    const AssessmentCheck mixed = R::alarmEquipmentTested(f);
    CHECK(mixed.reason.contains(QStringLiteral("1 av 3 larm är inte provade i tid")));
    CHECK(mixed.reason.contains(QStringLiteral("inte känt när")));
}

TEST_CASE("training kinds count for what they are", "[assessment][rules][unknowns]")
{
    AssessmentFacts f = facts();
    f.trainings.push_back(held("visitor_treatment", kToday.addMonths(-3)));
    f.trainings.push_back(held("lethal_violence", kToday.addMonths(-4)));
    // Neither is training in threats and violence; the reason names the one held last.
    requireMissing(R::trainingRecent(f), "räknas för sig", "utbildningar i hantering av hot och våld");
    CHECK(R::trainingRecent(f).reason.contains(QStringLiteral("bemötande")));
    requireNotApplicable(R::trainingParticipation(f)); // no threats-and-violence training to join
    f.trainings.push_back(held("threats_violence", kToday.addMonths(-5)));
    requireMet(R::trainingRecent(f));
}

TEST_CASE("acute emergencies: training or a lockdown drill where the risk calls for it",
          "[assessment][rules][unknowns]")
{
    AssessmentFacts f = facts();
    requireNotApplicable(R::emergencyTraining(f)); // no lethal-violence risk, no high assessment
    f.trainings.push_back(held("threats_violence", kToday.addMonths(-1)));
    f.lethalViolenceRisks = 1;
    requireMissing(R::emergencyTraining(f), "1 risk(er) för pågående dödligt våld", "akuta nödsituationer");
    f.trainings.push_back(held("lethal_violence", kToday.addMonths(-R::kTrainingMonths - 1)));
    requireMissing(R::emergencyTraining(f), "för mer än 24 månader sedan", "akuta nödsituationer");
    f.trainings.push_back(held("lockdown", kToday.addMonths(-6)));
    requireMet(R::emergencyTraining(f));
    CHECK(R::emergencyTraining(f).reason.contains(QStringLiteral("inrymningsövning")));

    AssessmentFacts high = facts();
    high.threatLevel = QStringLiteral("high");
    high.threatLevelAssessedOn = kToday.addMonths(-1);
    requireMissing(R::emergencyTraining(high), "Hög risk enligt riskbedömning", "akuta nödsituationer");

    AssessmentFacts low = facts();
    lowAssessment(low);
    low.lethalViolenceRisks = 1;
    const AssessmentCheck exempted = R::emergencyTraining(low);
    CHECK_FALSE(exempted.applicable);
    CHECK(exempted.exempted);
    CHECK(exempted.reason.startsWith(QStringLiteral("Låg risk enligt riskbedömning")));
}

TEST_CASE("visitor treatment where clients and relatives cause incidents", "[assessment][rules][unknowns]")
{
    AssessmentFacts f = facts();
    requireNotApplicable(R::visitorTreatmentTraining(f));
    f.incidentsByVisitors = 3;
    requireMissing(R::visitorTreatmentTraining(f), "3 händelse(r) orsakade av klienter",
                   "utbildning i bemötande");
    f.trainings.push_back(held("threats_violence", kToday.addMonths(-1))); // not the same thing
    requireMissing(R::visitorTreatmentTraining(f), "ingen bemötandeutbildning", "utbildning i bemötande");
    f.trainings.push_back(held("visitor_treatment", kToday.addMonths(-30)));
    requireMissing(R::visitorTreatmentTraining(f), "för mer än 24 månader sedan", "bemötande");
    f.trainings.push_back(held("visitor_treatment", kToday.addMonths(-2)));
    requireMet(R::visitorTreatmentTraining(f));
}

TEST_CASE("physical protection beyond alarms, per site", "[assessment][rules][unknowns]")
{
    AssessmentFacts f = facts();
    requireNotApplicable(R::physicalProtection(f)); // no raised risk
    f.threatOrViolenceIncidents = 1;
    requireMissing(R::physicalProtection(f), "ingen registrerad lokal", "Inventera lokalerna");
    f.premises.push_back({QStringLiteral("Kvarngatan 4"), {}, false, false, false});
    requireMissing(R::physicalProtection(f), "Kvarngatan 4", "Inventera lokalerna"); // never inventoried
    f.premises[0].inventoriedOn = kToday.addMonths(-5);
    requireMissing(R::physicalProtection(f), "Ingen lokalinventering visar", "lås, passersystem");
    f.premises[0].perimeter = true;
    f.premises[0].locks = true;
    requireMet(R::physicalProtection(f));
    CHECK(R::physicalProtection(f).reason.contains(QStringLiteral("lås, skalskydd")));

    AssessmentFacts low = facts();
    lowAssessment(low);
    low.threatOrViolenceIncidents = 1;
    CHECK(R::physicalProtection(low).exempted);
    // The question answers from it: alarms and protection both missing is a no.
    AssessmentFacts g = facts();
    g.highThreatRisks = 1;
    CHECK(R::answerFrom(R::checksFor(QStringLiteral("physical"), g)) == AssessmentAnswer::No);
    CHECK(R::checksFor(QStringLiteral("physical"), g).size() == 4);
}

TEST_CASE("double staffing instead of lone-work alarms", "[assessment][rules][unknowns]")
{
    AssessmentFacts f = facts();
    requireNotApplicable(R::loneWorkPersonalAlarm(f));
    f.highLoneWorkRisks = 1;
    requireMissing(R::loneWorkPersonalAlarm(f), "varken personlarm eller dubbelbemanning", "dubbelbemanning");
    f.routines.push_back(routine("double_staffing", "yes", false)); // said, not written down
    requireMissing(R::loneWorkPersonalAlarm(f), "varken", "dubbelbemanning");
    f.routines.push_back(routine("double_staffing", "yes"));
    requireMet(R::loneWorkPersonalAlarm(f));
    CHECK(R::loneWorkPersonalAlarm(f).reason.startsWith(
        QStringLiteral("Dubbelbemanning i stället för personlarm")));
}
