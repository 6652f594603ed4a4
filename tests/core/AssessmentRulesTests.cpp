#include "TestRegister.h"
#include "assessment/AssessmentRules.h"
#include "risk/RiskMatrix.h"

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

AssessmentFacts::Routine routine(const char* kind, const char* known = "yes",
                                 QDate briefed = kToday.addMonths(-2), QDate nextReview = kToday.addMonths(6),
                                 bool documented = true)
{
    return {QStringLiteral("Rutin %1").arg(QLatin1String(kind)),
            QLatin1String(kind),
            documented,
            QLatin1String(known),
            briefed,
            nextReview};
}

void requireMet(const AssessmentCheck& c)
{
    INFO(c.reason.toStdString());
    CHECK(c.applicable);
    CHECK(c.met);
    CHECK_FALSE(c.reason.isEmpty());
    CHECK(c.recommendation.isEmpty());
}

void requireMissing(const AssessmentCheck& c, const char* recommendation)
{
    INFO(c.reason.toStdString());
    CHECK(c.applicable);
    CHECK_FALSE(c.met);
    CHECK_FALSE(c.reason.isEmpty());
    CHECK_THAT(c.recommendation.toStdString(), Catch::Contains(recommendation));
}

void requireNotApplicable(const AssessmentCheck& c)
{
    CHECK_FALSE(c.applicable);
    CHECK_FALSE(c.reason.isEmpty());
    CHECK(c.recommendation.isEmpty());
}

AssessmentCheck met(bool isMet)
{
    return {QStringLiteral("krav"), true, isMet, false, QStringLiteral("skäl"), QString()};
}

} // namespace

TEST_CASE("questions: the auditors' three areas with lone work and alarm tests added", "[assessment][rules]")
{
    const auto& qs = R::questions();
    REQUIRE(qs.size() == 9);
    CHECK(R::isMunicipalQuestion(QStringLiteral("elected_officials")));
    CHECK_FALSE(R::isMunicipalQuestion(QStringLiteral("analysis")));
    CHECK(QLatin1String(qs.front().code) == QLatin1String("analysis"));
    CHECK(R::isKnownQuestion(QStringLiteral("lone_work")));
    CHECK(R::isKnownQuestion(QStringLiteral("alarm_tests")));
    CHECK_FALSE(R::isKnownQuestion(QStringLiteral("fire")));
    CHECK_FALSE(R::isKnownQuestion(QString()));
    CHECK(R::questionText(QStringLiteral("routines")).contains(QStringLiteral("kända bland medarbetarna")));
    CHECK(R::sectionText(QStringLiteral("prevention")) == QStringLiteral("Förebyggande arbete"));
    // Every workplace question has requirements; the municipal one is answered above the workplaces.
    for (const auto& q : qs)
        CHECK(R::checksFor(QLatin1String(q.code), facts()).empty() == q.municipal);
    CHECK(R::checksFor(QStringLiteral("unknown"), facts()).empty());
}

TEST_CASE("the high risk level of the matrix", "[assessment][rules]")
{
    RiskMatrix m = RiskMatrix::standard();
    CHECK(R::highRiskLevel(m) == 2); // Hög of Låg, Medel, Hög, Mycket hög
    auto levels = m.levels();
    levels.pop_back();
    m.setLevels(levels);
    CHECK(R::highRiskLevel(m) == 2); // of three levels, the highest
}

TEST_CASE("answers from requirements: all, two thirds, some, none", "[assessment][rules]")
{
    CHECK(R::answerFrom({met(true), met(true), met(true)}) == AssessmentAnswer::Yes);
    CHECK(R::answerFrom({met(true), met(true), met(false)}) == AssessmentAnswer::Mostly);
    CHECK(R::answerFrom({met(true), met(false)}) == AssessmentAnswer::Partly);
    CHECK(R::answerFrom({met(true), met(false), met(false)}) == AssessmentAnswer::Partly);
    CHECK(R::answerFrom({met(false), met(false)}) == AssessmentAnswer::No);
    AssessmentCheck na = met(false);
    na.applicable = false;
    CHECK(R::answerFrom({met(true), na}) == AssessmentAnswer::Yes);
    CHECK_FALSE(R::answerFrom({na, na}).has_value());
    CHECK_FALSE(R::answerFrom({}).has_value());
}

TEST_CASE("roll-up: the share of units answering yes or mostly", "[assessment][rules]")
{
    using A = std::array<int, kAssessmentAnswerCount>; // yes, mostly, partly, no
    CHECK(R::rollUp(A{9, 0, 1, 0}) == AssessmentAnswer::Yes);
    CHECK(R::rollUp(A{5, 4, 0, 1}) == AssessmentAnswer::Yes);
    CHECK(R::rollUp(A{8, 0, 0, 2}) == AssessmentAnswer::Mostly);
    CHECK(R::rollUp(A{3, 3, 4, 0}) == AssessmentAnswer::Mostly);
    CHECK(R::rollUp(A{1, 0, 0, 9}) == AssessmentAnswer::Partly);
    CHECK(R::rollUp(A{0, 0, 1, 9}) == AssessmentAnswer::Partly);
    CHECK(R::rollUp(A{0, 0, 0, 4}) == AssessmentAnswer::No);
    CHECK_FALSE(R::rollUp(A{0, 0, 0, 0}).has_value());
}

TEST_CASE("analysis and follow-up, rule by rule", "[assessment][rules]")
{
    AssessmentFacts f = facts();
    requireMissing(R::riskInventoryRecent(f), "riskinventering");
    f.lastRiskInventory = kToday.addMonths(-13);
    requireMissing(R::riskInventoryRecent(f), "riskinventering");
    CHECK(R::riskInventoryRecent(f).reason.contains(QStringLiteral("2023-05-15")));
    f.lastRiskInventory = kToday.addMonths(-12);
    requireMet(R::riskInventoryRecent(f));

    requireMissing(R::threatRisksAssessed(f), "Bedöm riskerna");
    f.threatRisks = 3;
    requireMet(R::threatRisksAssessed(f));
    f.threatRisksOverdue = 1;
    f.firstOverdueReview = QDate(2024, 1, 31);
    requireMissing(R::threatRisksAssessed(f), "ompröva");
    CHECK(R::threatRisksAssessed(f).reason.contains(QStringLiteral("2024-01-31")));

    requireNotApplicable(R::incidentsFollowedUp(f));
    f.incidents = 10;
    f.incidentsFollowedUp = 9;
    requireMet(R::incidentsFollowedUp(f));
    f.incidentsFollowedUp = 8;
    requireMissing(R::incidentsFollowedUp(f), "Utred och följ upp");
    CHECK(R::incidentsFollowedUp(f).reason.contains(QStringLiteral("8 av 10")));
}

TEST_CASE("security routines, rule by rule", "[assessment][rules]")
{
    AssessmentFacts f = facts();
    requireMissing(R::securityRoutineDocumented(f),
                   "Upprätta dokumenterade säkerhetsrutiner för arbete med risk för våld");
    requireNotApplicable(R::securityRoutineReviewed(f));
    requireNotApplicable(R::securityRoutineKnown(f));

    f.routines.push_back(routine("threats_violence", "yes", {}, {}, false)); // known, but not written down
    requireMissing(R::securityRoutineDocumented(f), "Upprätta");
    CHECK(R::securityRoutineDocumented(f).reason.contains(QStringLiteral("inte dokumenterad")));
    f.routines.push_back(routine("crisis_plan")); // another kind does not count
    requireMissing(R::securityRoutineDocumented(f), "Upprätta");

    f.routines = {routine("threats_violence", "yes", kToday.addMonths(-1), QDate(2024, 3, 31))};
    requireMet(R::securityRoutineDocumented(f));
    requireMissing(R::securityRoutineReviewed(f), "Se över säkerhetsrutinerna");
    CHECK(R::securityRoutineReviewed(f).reason.contains(QStringLiteral("2024-03-31")));
    f.routines[0].nextReview = QDate();
    requireMissing(R::securityRoutineReviewed(f), "Se över");
    CHECK(R::securityRoutineReviewed(f).reason.contains(QStringLiteral("inget intervall")));
    f.routines[0].nextReview = kToday;
    requireMet(R::securityRoutineReviewed(f));

    requireMet(R::securityRoutineKnown(f));
    f.routines[0].staffBriefedOn = kToday.addMonths(-13);
    requireMissing(R::securityRoutineKnown(f), "förankrade i verksamheten");
    f.routines[0].staffBriefedOn = kToday.addMonths(-1);
    f.routines[0].known = QStringLiteral("partly");
    requireMissing(R::securityRoutineKnown(f), "förankrade");
    CHECK(R::securityRoutineKnown(f).reason.contains(QStringLiteral("delvis")));
    // A second routine that is known is enough.
    f.routines.push_back(routine("security"));
    requireMet(R::securityRoutineKnown(f));
}

TEST_CASE("physical protection and alarms, rule by rule", "[assessment][rules]")
{
    AssessmentFacts f = facts();
    requireNotApplicable(R::alarmWhereNeeded(f));
    requireNotApplicable(R::alarmReceiverNamed(f));
    requireNotApplicable(R::alarmRoutine(f));

    f.threatOrViolenceIncidents = 2;
    requireMissing(R::alarmWhereNeeded(f), "Överväg personlarm vid inspektioner");
    requireMissing(R::alarmRoutine(f), "rutin för hantering av utlöst larm");
    f.threatOrViolenceIncidents = 0;
    f.highThreatRisks = 1;
    requireMissing(R::alarmWhereNeeded(f), "Överväg personlarm");
    f.alarms.push_back({QStringLiteral("intrusion"), QStringLiteral("Väktarbolaget"), {}, {}});
    requireMissing(R::alarmWhereNeeded(f), "Överväg personlarm"); // an intrusion alarm protects no one
    f.alarms.push_back({QStringLiteral("panic"), QString(), {}, {}});
    requireMet(R::alarmWhereNeeded(f));

    requireMissing(R::alarmReceiverNamed(f), "vem som tar emot larmen");
    CHECK(R::alarmReceiverNamed(f).reason.contains(QStringLiteral("1 av 2")));
    f.alarms[1].receiver = QStringLiteral("Receptionen");
    requireMet(R::alarmReceiverNamed(f));

    f.routines.push_back(routine("alarm"));
    requireMet(R::alarmRoutine(f));
}

TEST_CASE("incidents outside work and support, rule by rule", "[assessment][rules]")
{
    AssessmentFacts f = facts();
    requireMissing(R::outsideWorkRoutine(f), "utanför arbetsplatsen");
    requireNotApplicable(R::outsideWorkRoutineKnown(f));
    f.routines.push_back(routine("outside_work", "no"));
    requireMet(R::outsideWorkRoutine(f));
    requireMissing(R::outsideWorkRoutineKnown(f), "känd bland medarbetarna");
    f.routines[0].known = QStringLiteral("yes");
    requireMet(R::outsideWorkRoutineKnown(f));

    requireMissing(R::supportRoutine(f), "vilket stöd");
    f.routines.push_back(routine("support"));
    requireMet(R::supportRoutine(f));
    requireNotApplicable(R::supportOffered(f));
    f.incidentsAgainstPeople = 4;
    f.incidentsWithSupport = 3;
    requireMissing(R::supportOffered(f), "erbjuds stöd");
    f.incidentsWithSupport = 4;
    requireMet(R::supportOffered(f));
}

TEST_CASE("preventive work, rule by rule", "[assessment][rules]")
{
    AssessmentFacts f = facts();
    requireMissing(R::trainingRecent(f), "utbildningar i hantering av hot och våld");
    requireMissing(R::drillRecent(f), "övningar");
    requireNotApplicable(R::trainingParticipation(f));

    f.trainings.push_back({QStringLiteral("threats_violence"), kToday.addMonths(-25), 10, 10, {}});
    requireMissing(R::trainingRecent(f), "utbildningar");
    f.trainings[0].heldOn = kToday.addMonths(-20);
    requireMet(R::trainingRecent(f));
    f.trainings[0].nextDue = kToday.addDays(-1); // its own recurrence is stricter
    requireMissing(R::trainingRecent(f), "utbildningar");
    CHECK(R::trainingRecent(f).reason.contains(kToday.addDays(-1).toString(Qt::ISODate)));
    f.trainings[0].nextDue = kToday.addMonths(4);
    requireMet(R::trainingRecent(f));

    requireMet(R::trainingParticipation(f));
    f.trainings[0].participants = 7;
    requireMissing(R::trainingParticipation(f), "hela målgruppen");
    f.trainings[0].targetGroup = 0;
    requireNotApplicable(R::trainingParticipation(f));

    f.trainings.push_back({QStringLiteral("fire_drill"), kToday.addMonths(-1), 0, 0, {}});
    requireMissing(R::drillRecent(f), "övningar"); // fire drills belong to fire safety
    f.trainings.push_back({QStringLiteral("lockdown"), kToday.addMonths(-13), 0, 0, {}});
    requireMissing(R::drillRecent(f), "övningar");
    f.trainings.back().heldOn = kToday.addMonths(-11);
    requireMet(R::drillRecent(f));
}

TEST_CASE("lone work and alarm tests, rule by rule", "[assessment][rules]")
{
    AssessmentFacts f = facts();
    requireNotApplicable(R::loneWorkRiskTreated(f));
    requireNotApplicable(R::loneWorkRoutine(f));
    requireNotApplicable(R::loneWorkPersonalAlarm(f));
    f.highLoneWorkRisks = 2;
    f.highLoneWorkRisksWithAction = 1;
    requireMissing(R::loneWorkRiskTreated(f), "ensamarbete undviks");
    f.highLoneWorkRisksWithAction = 2;
    requireMet(R::loneWorkRiskTreated(f));
    requireMissing(R::loneWorkRoutine(f), "rutin för ensamarbete");
    f.routines.push_back(routine("home_visit"));
    requireMet(R::loneWorkRoutine(f));
    requireMissing(R::loneWorkPersonalAlarm(f), "Överväg personlarm");
    f.alarms.push_back(
        {QStringLiteral("panic"), QStringLiteral("Reception"), kToday.addMonths(-1), kToday.addMonths(11)});
    requireMissing(R::loneWorkPersonalAlarm(f), "Överväg personlarm");

    AssessmentFacts g = facts();
    requireNotApplicable(R::alarmEquipmentTested(g));
    requireNotApplicable(R::alarmDrillRecent(g));
    g.alarms.push_back({QStringLiteral("personal"), QStringLiteral("Kollegor"), {}, {}});
    requireMissing(R::alarmEquipmentTested(g), "Prova och underhåll");
    CHECK(R::alarmEquipmentTested(g).reason.contains(QStringLiteral("aldrig")));
    g.alarms[0].lastTestedOn = kToday.addMonths(-13);
    g.alarms[0].nextTest = kToday.addMonths(-1);
    requireMissing(R::alarmEquipmentTested(g), "Prova och underhåll");
    g.alarms[0].lastTestedOn = kToday.addMonths(-6);
    g.alarms[0].nextTest = kToday.addMonths(6);
    requireMet(R::alarmEquipmentTested(g));
    requireMissing(R::alarmDrillRecent(g), "Inför regelbundna larmövningar");
    g.trainings.push_back({QStringLiteral("alarm_drill"), kToday.addMonths(-2), 0, 0, {}});
    requireMet(R::alarmDrillRecent(g));
}
