#include "assessment/AssessmentRules.h"

#include <catch2/catch.hpp>

using namespace sakra;
namespace R = AssessmentRules;

namespace {

const QDate kToday(2024, 6, 15);
const QDate kAssessed(2024, 3, 1);

AssessmentFacts facts(const char* level = "", QDate assessedOn = kAssessed)
{
    AssessmentFacts f;
    f.today = kToday;
    f.threatLevel = QLatin1String(level);
    if (f.threatLevel.size() > 0)
        f.threatLevelAssessedOn = assessedOn;
    return f;
}

void requireExempted(const AssessmentCheck& c)
{
    INFO(c.reason.toStdString());
    CHECK_FALSE(c.applicable);
    CHECK(c.exempted);
    CHECK_FALSE(c.met);
    CHECK(c.reason.startsWith(QStringLiteral("Låg risk enligt riskbedömning 2024-03-01: ")));
    CHECK(c.recommendation.isEmpty());
}

void requireMissing(const AssessmentCheck& c)
{
    INFO(c.reason.toStdString());
    CHECK(c.applicable);
    CHECK_FALSE(c.exempted);
    CHECK_FALSE(c.met);
    CHECK_FALSE(c.recommendation.isEmpty());
}

AssessmentFacts::Training held(const char* kind, QDate on)
{
    return {QLatin1String(kind), on, 9, 10, {}};
}

// Seed 002's board with a relatively low risk and few measures: a current risk inventory, its
// risks assessed, a known routine, training in threats and violence, and nothing more.
AssessmentFacts fewMeasures(const char* level)
{
    AssessmentFacts f = facts(level);
    f.lastRiskInventory = kAssessed;
    f.threatRisks = 1;
    f.threatOrViolenceIncidents = 1;
    f.incidents = 1;
    f.incidentsFollowedUp = 1;
    f.routines.push_back({QStringLiteral("Hot och våld"), QStringLiteral("threats_violence"), true,
                          QStringLiteral("yes"), kToday.addMonths(-2), kToday.addMonths(6)});
    f.trainings.push_back(held("threats_violence", kToday.addMonths(-5)));
    return f;
}

std::optional<AssessmentAnswer> answer(const char* question, const AssessmentFacts& f)
{
    return R::answerFrom(R::checksFor(QLatin1String(question), f));
}

} // namespace

TEST_CASE("proportionality: which assessments make a unit's risk low", "[assessment][rules][proportion]")
{
    CHECK_FALSE(R::lowRisk(facts())); // no assessment
    CHECK(R::lowRiskBasis(facts()).isEmpty());
    CHECK(R::lowRisk(facts("low")));
    CHECK(R::lowRiskBasis(facts("low")) == QStringLiteral("Låg risk enligt riskbedömning 2024-03-01"));
    CHECK_FALSE(R::lowRisk(facts("moderate")));
    CHECK_FALSE(R::lowRisk(facts("high")));
    CHECK(R::highRiskAssessed(facts("high")));
    CHECK_FALSE(R::highRiskAssessed(facts("low")));
    // Out of date: older than a risk inventory may be.
    CHECK_FALSE(R::lowRisk(facts("low", kToday.addMonths(-R::kRiskInventoryMonths).addDays(-1))));
    CHECK_FALSE(R::highRiskAssessed(facts("high", kToday.addMonths(-13))));
    // Made after the day assessed for: not yet recorded then.
    CHECK_FALSE(R::lowRisk(facts("low", kToday.addDays(1))));
    // Contradicted by a high risk of threats and violence still open.
    AssessmentFacts f = facts("low");
    f.highThreatRisks = 1;
    CHECK_FALSE(R::lowRisk(f));
    CHECK(R::lowRiskBasis(f).isEmpty());
    // An unknown level code counts as no assessment.
    CHECK_FALSE(R::lowRisk(facts("lagom")));
    CHECK_FALSE(R::highRiskAssessed(facts("lagom")));
}

TEST_CASE("proportionality: drills, rule by rule", "[assessment][rules][proportion]")
{
    requireMissing(R::drillRecent(facts()));           // missing without an assessment
    requireMissing(R::drillRecent(facts("moderate"))); // and at moderate risk
    requireExempted(R::drillRecent(facts("low")));     // not applicable at low risk
    AssessmentFacts f = facts("low");
    f.trainings.push_back(held("evacuation", kToday.addMonths(-3)));
    CHECK(R::drillRecent(f).met); // a drill held is still met, not set aside
    CHECK(R::drillRecent(f).applicable);

    AssessmentFacts g = facts();
    g.alarms.push_back(
        {QStringLiteral("personal"), QStringLiteral("Kollegor"), kToday, kToday.addMonths(12)});
    requireMissing(R::alarmDrillRecent(g));
    g.threatLevel = QStringLiteral("low");
    g.threatLevelAssessedOn = kAssessed;
    requireExempted(R::alarmDrillRecent(g));
    g.trainings.push_back(held("alarm_drill", kToday.addMonths(-1)));
    CHECK(R::alarmDrillRecent(g).met);
}

TEST_CASE("proportionality: alarms where violence is likely, rule by rule", "[assessment][rules][proportion]")
{
    AssessmentFacts f = facts();
    CHECK_FALSE(R::alarmWhereNeeded(f).applicable); // no need, no assessment
    CHECK_FALSE(R::alarmWhereNeeded(f).exempted);
    f.threatOrViolenceIncidents = 2;
    requireMissing(R::alarmWhereNeeded(f)); // incidents without an assessment: alarms needed
    requireMissing(R::alarmRoutine(f));

    AssessmentFacts low = facts("low");
    low.threatOrViolenceIncidents = 2;
    requireExempted(R::alarmWhereNeeded(low)); // a low assessment weighs the incidents
    CHECK(R::alarmWhereNeeded(low).reason.contains(QStringLiteral("2 händelse(r)")));
    CHECK_FALSE(R::alarmRoutine(low).applicable); // no alarms and no need

    AssessmentFacts high = facts("high");
    requireMissing(R::alarmWhereNeeded(high)); // a high assessment needs alarms with no incident at all
    CHECK(R::alarmWhereNeeded(high).reason.startsWith(
        QStringLiteral("Hög risk enligt riskbedömning 2024-03-01")));
    requireMissing(R::alarmRoutine(high));
    high.alarms.push_back({QStringLiteral("panic"), QStringLiteral("Receptionen"), {}, {}});
    CHECK(R::alarmWhereNeeded(high).met);
}

TEST_CASE("proportionality: lone-work measures follow the lone-work risks", "[assessment][rules][proportion]")
{
    AssessmentFacts f = facts("low");
    CHECK_FALSE(R::loneWorkPersonalAlarm(f).applicable);
    CHECK_FALSE(R::loneWorkPersonalAlarm(f).exempted);
    f.highLoneWorkRisks = 1;
    requireMissing(R::loneWorkPersonalAlarm(f)); // a high lone-work risk is a risk assessed as high
    requireMissing(R::loneWorkRoutine(f));
}

TEST_CASE("seed 002: a low-risk board with few measures is judged sufficient, a high-risk one is not",
          "[assessment][rules][proportion]")
{
    const AssessmentFacts low = fewMeasures("low");
    CHECK(answer("prevention", low) == AssessmentAnswer::Yes);
    CHECK(answer("analysis", low) == AssessmentAnswer::Yes);
    CHECK(answer("routines", low) == AssessmentAnswer::Yes);
    CHECK_FALSE(answer("physical", low).has_value()); // nothing asked of it

    const AssessmentFacts high = fewMeasures("high");
    CHECK(answer("prevention", high) != AssessmentAnswer::Yes);
    CHECK(answer("physical", high) == AssessmentAnswer::No);
    CHECK(answer("analysis", high) == AssessmentAnswer::Yes);

    // Without any assessment the incident alone asks for an alarm.
    const AssessmentFacts none = fewMeasures("");
    CHECK(answer("prevention", none) != AssessmentAnswer::Yes);
    CHECK(answer("physical", none) == AssessmentAnswer::No);
}
