#include "Register.h"
#include "TestRegister.h"
#include "assessment/AssessmentRollUp.h"
#include "assessment/AssessmentRules.h"
#include "report/ReportDraft.h"

#include <catch2/catch.hpp>

using namespace sakra;
namespace R = AssessmentRules;

namespace {

const QDate kToday(2026, 6, 15);

ElectedOfficialsFacts facts()
{
    ElectedOfficialsFacts f;
    f.today = kToday;
    return f;
}

AssessmentFacts::Routine guidance(const char* known = "yes", QDate briefed = kToday.addMonths(-3),
                                  bool documented = true)
{
    return {QStringLiteral("Vägledning för förtroendevalda"),
            QStringLiteral("security"),
            documented,
            QLatin1String(known),
            briefed,
            QDate()};
}

void requireMet(const AssessmentCheck& c)
{
    INFO(c.reason.toStdString());
    CHECK(c.applicable);
    CHECK(c.met);
    CHECK(c.recommendation.isEmpty());
}

void requireMissing(const AssessmentCheck& c, const char* reasonPart)
{
    INFO(c.reason.toStdString());
    CHECK(c.applicable);
    CHECK_FALSE(c.met);
    CHECK(c.reason.contains(QString::fromUtf8(reasonPart)));
    CHECK_FALSE(c.recommendation.isEmpty());
}

void requireNotApplicable(const AssessmentCheck& c, const char* reasonPart)
{
    INFO(c.reason.toStdString());
    CHECK_FALSE(c.applicable);
    CHECK(c.reason.contains(QString::fromUtf8(reasonPart)));
}

} // namespace

TEST_CASE("elected officials: a compiled analysis within the year", "[assessment][rules][elected]")
{
    ElectedOfficialsFacts f = facts();
    requireMissing(R::electedAnalysisCompiled(f), "ingen systematisk sammanställning");
    f.analysisName = QStringLiteral("Lägesbild 2026");
    f.analysisOn = kToday.addMonths(-3);
    requireMet(R::electedAnalysisCompiled(f));
    CHECK(R::electedAnalysisCompiled(f).reason.contains(QStringLiteral("Lägesbild 2026")));
    f.analysisOn = kToday.addMonths(-13);
    requireMissing(R::electedAnalysisCompiled(f), "för mer än 12 månader sedan");
    // One made after the day asked about was not there then.
    f.analysisOn = kToday.addDays(1);
    CHECK_FALSE(R::electedAnalysisCompiled(f).met);
}

TEST_CASE("elected officials: incidents against them followed up", "[assessment][rules][elected]")
{
    ElectedOfficialsFacts f = facts();
    requireNotApplicable(R::electedIncidentsFollowedUp(f), "Inga händelser mot förtroendevalda");
    f.incidents = 10;
    f.incidentsFollowedUp = 9;
    requireMet(R::electedIncidentsFollowedUp(f));
    f.incidentsFollowedUp = 8;
    requireMissing(R::electedIncidentsFollowedUp(f), "8 av 10");
}

TEST_CASE("elected officials: documented guidance for their security", "[assessment][rules][elected]")
{
    ElectedOfficialsFacts f = facts();
    requireMissing(R::electedGuidance(f), "Ingen rutin eller vägledning");
    f.guidance.push_back(guidance("yes", kToday.addMonths(-3), false));
    requireMissing(R::electedGuidance(f), "inte dokumenterad");
    f.guidance.push_back(guidance());
    requireMet(R::electedGuidance(f));
}

TEST_CASE("elected officials: the guidance known and gone through", "[assessment][rules][elected]")
{
    ElectedOfficialsFacts f = facts();
    requireNotApplicable(R::electedGuidanceKnown(f), "Ingen dokumenterad vägledning");
    f.guidance = {guidance("unknown")};
    requireMissing(R::electedGuidanceKnown(f), "vet ej");
    f.guidance = {guidance("partly")};
    requireMissing(R::electedGuidanceKnown(f), "inte känd bland alla");
    f.guidance = {guidance("yes", kToday.addMonths(-14))};
    requireMissing(R::electedGuidanceKnown(f), "för mer än 12 månader sedan");
    f.guidance = {guidance("yes", QDate())};
    requireMissing(R::electedGuidanceKnown(f), "Ingen genomgång");
    f.guidance = {guidance("yes")};
    requireMet(R::electedGuidanceKnown(f));
}

TEST_CASE("elected officials: the question is the executive board's and the municipality's",
          "[assessment][engine][elected]")
{
    TestRegister reg;
    const auto [root, ks, klf] =
        reg.top(QStringLiteral("Kommunstyrelsen"), QStringLiteral("Kommunledningsförvaltningen"));
    const qint64 staff = reg.unit(UnitKind::Unit, QStringLiteral("Kansliet"), klf);
    const qint64 son = reg.unit(UnitKind::Board, QStringLiteral("Socialnämnden"), root);
    const qint64 sof = reg.unit(UnitKind::Administration, QStringLiteral("Socialförvaltningen"), son, son);
    reg.unit(UnitKind::Unit, QStringLiteral("Mottagningen"), sof);
    const QDate today = QDate::currentDate();

    // Two incidents against elected officials in the year, one still new after two months; one
    // against staff that does not count here.
    auto incident = [&](Incident::Target target, int daysAgo, Incident::FollowUp followUp) {
        Incident i;
        i.unitId = staff;
        i.occurredOn = today.addDays(-daysAgo);
        i.target = target;
        i.kind = Incident::Kind::Threat;
        i.channel = Incident::Channel::Email;
        i.severity = 2;
        i.perpetrator = Incident::Perpetrator::Unknown;
        i.followUp = followUp;
        if (followUp == Incident::FollowUp::Closed)
            i.closedOn = today;
        reg->incidents().create(i);
    };
    incident(Incident::Target::ElectedOfficial, 60, Incident::FollowUp::New);
    incident(Incident::Target::ElectedOfficial, 100, Incident::FollowUp::Closed);
    incident(Incident::Target::Employee, 100, Incident::FollowUp::New);
    incident(Incident::Target::ElectedOfficial, 500, Incident::FollowUp::New); // over a year ago

    Routine r;
    r.title = QStringLiteral("Vägledning om säkerhet för förtroendevalda");
    r.kind = Routine::Kind::Security;
    r.knownByStaff = Routine::Known::Yes;
    r.staffBriefedOn = today.addMonths(-2);
    r.electedOfficials = true;
    reg->routines().create(r);

    const Assessment a = reg->assessment().assess(0, today);
    const auto answerOf = [](const std::vector<QuestionAnswer>& answers) {
        const auto it = std::find_if(answers.begin(), answers.end(), [](const QuestionAnswer& q) {
            return q.question == QLatin1String("elected_officials");
        });
        REQUIRE(it != answers.end());
        return *it;
    };
    // Workplaces, administrations and other boards do not answer it.
    for (const UnitAssessment& u : a.units)
        CHECK_FALSE(answerOf(u.answers).applicable);
    for (const GroupAssessment& g : a.administrations)
        CHECK_FALSE(answerOf(g.answers).applicable);
    const auto board = [&](qint64 id) {
        const auto it = std::find_if(a.boards.begin(), a.boards.end(),
                                     [&](const GroupAssessment& g) { return g.unitId == id; });
        REQUIRE(it != a.boards.end());
        return *it;
    };
    const QuestionAnswer social = answerOf(board(son).answers);
    CHECK_FALSE(social.applicable);
    CHECK(social.reasons.join(QLatin1Char(' ')).contains(QStringLiteral("kommunstyrelsen")));

    // The executive board: no compiled analysis, half the incidents followed up, guidance known:
    // two of four requirements met.
    const QuestionAnswer executive = answerOf(board(ks).answers);
    REQUIRE(executive.applicable);
    CHECK(executive.answer == AssessmentAnswer::Partly);
    CHECK(executive.reasons.join(QLatin1Char(' ')).contains(QStringLiteral("1 av 2 händelse(r)")));
    REQUIRE(executive.checks.size() == 4);

    // A situation report saved as a draft is the compiled analysis; the municipality answers the same.
    ReportDraft draft;
    draft.kind = report::ReportKind::Situation;
    draft.name = QStringLiteral("Lägesbild våren");
    draft.documentDate = today.addDays(-10);
    reg->reportDrafts().create(draft);
    const Assessment after = reg->assessment().assess(0, today);
    const auto whole = AssessmentRollUp::municipality(reg->database(), after);
    REQUIRE(whole);
    const QuestionAnswer municipal = answerOf(whole->answers);
    REQUIRE(municipal.applicable);
    CHECK(municipal.answer == AssessmentAnswer::Mostly); // three of four
    CHECK(municipal.reasons.join(QLatin1Char(' ')).contains(QStringLiteral("Lägesbild våren")));
    CHECK(municipal.recommendations.join(QLatin1Char(' ')).contains(QStringLiteral("handlingsplan")));

    // As of a day before the draft and the guidance's briefing, neither was there.
    const Assessment earlier = reg->assessment().assess(0, today.addDays(-70));
    const auto wholeEarlier = AssessmentRollUp::municipality(reg->database(), earlier);
    REQUIRE(wholeEarlier);
    const QuestionAnswer then = answerOf(wholeEarlier->answers);
    CHECK(then.answer == AssessmentAnswer::Partly);
    CHECK(then.reasons.join(QLatin1Char(' ')).contains(QStringLiteral("ingen systematisk sammanställning")));
}
