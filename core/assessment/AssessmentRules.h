#pragma once

#include "Assessment.h"

#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace sakra {

class RiskMatrix;

// What the rules know of one assessed unit. AssessmentEngine fills it with set-based queries;
// tests fill it by hand. Routines, training, alarm equipment, risk inventories and risks
// registered on a unit apply to that unit and to every unit below it (a routine adopted for an
// administration covers its workplaces); alarm equipment at a site applies to the units there.
// Incidents count on the unit they happened at.
struct AssessmentFacts
{
    struct Routine
    {
        QString title;
        QString kind; // routine kind code: security, threats_violence, alarm, home_visit, ...
        bool documented = true;
        QString known; // yes, partly, no, unknown ("vet ej")
        QDate staffBriefedOn;
        QDate nextReview; // invalid: no review interval
    };
    struct Training
    {
        QString kind; // training kind code; the latest session of each kind
        QDate heldOn;
        int participants = 0;
        int targetGroup = 0;
        QDate nextDue; // invalid: does not recur
    };
    struct Alarm
    {
        QString kind; // personal, panic, intrusion
        QString receiver;
        QDate lastTestedOn;
        QDate nextTest;
        bool lastTestUnknown = false; // no date because nobody knows, not because it never was
    };
    // A site the unit is at, as its latest premises inventory describes it.
    struct Premises
    {
        QString site;
        QDate inventoriedOn; // invalid: never inventoried
        bool locks = false;  // locks, or rooms that lock for lockdown
        bool accessControl = false;
        bool perimeter = false;
    };

    QDate today;
    QDate lastRiskInventory;
    // The latest risk inventory that assessed the level of risk for threats and violence (its own
    // or one of a unit above): its day and level code (low, moderate, high); invalid: none.
    QDate threatLevelAssessedOn;
    QString threatLevel;
    int threatRisks =
        0; // live risks of the threat categories (hot och våld, PDV, trakasserier, otillåten påverkan)
    int threatRisksOverdue = 0; // of them, not closed and past their review date
    QDate firstOverdueReview;
    int highThreatRisks = 0;             // not closed, level at or above the matrix's high level
    int highLoneWorkRisks = 0;           // category "Ensam- och nattarbete", not closed, high
    int highLoneWorkRisksWithAction = 0; // of them, with an action that is not cancelled
    int incidents = 0;                   // in the last kIncidentMonths
    int incidentsFollowedUp = 0;         // of them, past "new", or younger than kFollowUpDays
    int incidentsAgainstPeople = 0;      // of them, against staff or elected officials
    int incidentsWithSupport = 0;        // of those, with support offered
    int threatOrViolenceIncidents = 0;
    int incidentsByVisitors = 0; // incidents in the last year by clients or their relatives
    int lethalViolenceRisks = 0; // live risks of the category "Pågående dödligt våld", not closed
    std::vector<Routine> routines;
    std::vector<Training> trainings;
    std::vector<Alarm> alarms;
    std::vector<Premises> premises;
};

// What the rules know of the municipality's work for elected officials (seed 002, section 5):
// incidents against them over the last year, routines and guidance meant for them, and the latest
// compiled analysis (a situation report or annual compilation saved as a draft, which has a section
// on elected officials). AssessmentEngine fills it for the whole municipality; tests by hand.
struct ElectedOfficialsFacts
{
    QDate today;
    int incidents = 0;           // against elected officials in the last kIncidentMonths
    int incidentsFollowedUp = 0; // of them, past "new", or younger than kFollowUpDays
    int incidentsWithSupport = 0;
    std::vector<AssessmentFacts::Routine> guidance; // routines marked as covering elected officials
    QDate analysisOn;                               // invalid: no compiled analysis
    QString analysisName;
};

// The self-assessment's rules in one place: the auditors' questions (seed 002, sections 4 and 6),
// the requirements behind each (the work-environment rules on violence and threats, AFS 2023:2),
// the thresholds, how requirements become an answer and how units roll up to a board.
namespace AssessmentRules {

// Thresholds. A risk assessment counts as current as long as a risk inventory does.
inline constexpr int kRiskInventoryMonths = 12; // a risk inventory within a year
inline constexpr int kIncidentMonths = 12;      // incidents looked at: the last year
inline constexpr int kFollowUpDays = 30;        // an incident still "new" after a month is not followed up
inline constexpr int kFollowUpPercent = 90;     // share of incidents investigated or closed
inline constexpr int kSupportPercent = 90;      // share of people affected who were offered support
inline constexpr int kStaffBriefedMonths = 12;  // routine gone through with staff within a year
inline constexpr int kTrainingMonths = 24;      // training in threats and violence within two years
inline constexpr int kDrillMonths = 12;         // a drill (alarm, evacuation, lockdown, crisis) within a year
inline constexpr int kParticipationPercent = 75; // share of the target group at the latest training
// Roll-up: the share of a group's units answering yes or mostly.
inline constexpr int kRollUpYesPercent = 90;
inline constexpr int kRollUpMostlyPercent = 60;

struct Question
{
    const char* code;
    const char* section; // the auditors' heading: analysis and follow-up, measures taken, preventive work
    const char* text;
    // Answered for the municipality and its executive board (kommunstyrelsen), not per workplace.
    bool municipal = false;
};
// The questions in the order they are answered.
const std::vector<Question>& questions();
bool isKnownQuestion(const QString& code);
bool isMunicipalQuestion(const QString& code);
// The executive board (kommunstyrelsen) answers the municipal questions; it is the board whose
// name begins with "Kommunstyrelse" (Swedish municipalities all call it so).
bool isExecutiveBoard(const QString& boardName);
QString questionText(const QString& code);
QString sectionText(const QString& code);

// The risk level from which a risk counts as high: the second highest of four or more levels
// (Hög in the standard matrix), the highest of fewer.
int highRiskLevel(const RiskMatrix& matrix);

// Proportionality: a current, documented assessment puts the unit's risk for threats and violence
// low, and no high risk of those categories is open. Then requirements meant for higher risk
// (alarms where violence is likely, drills) do not apply. Lone-work measures follow the lone-work
// risks themselves.
bool lowRisk(const AssessmentFacts& f);
// A current assessment puts the risk high: alarms are needed even without high risks registered.
bool highRiskAssessed(const AssessmentFacts& f);
// "Låg risk enligt riskbedömning 2022-03-01"; empty unless lowRisk().
QString lowRiskBasis(const AssessmentFacts& f);

// Requirements, each alone. Analysis and follow-up:
AssessmentCheck riskInventoryRecent(const AssessmentFacts& f);
AssessmentCheck threatRisksAssessed(const AssessmentFacts& f);
AssessmentCheck incidentsFollowedUp(const AssessmentFacts& f);
// Security routines:
AssessmentCheck securityRoutineDocumented(const AssessmentFacts& f);
AssessmentCheck securityRoutineReviewed(const AssessmentFacts& f);
AssessmentCheck securityRoutineKnown(const AssessmentFacts& f);
// Physical protection and alarms:
AssessmentCheck alarmWhereNeeded(const AssessmentFacts& f);
AssessmentCheck alarmReceiverNamed(const AssessmentFacts& f);
AssessmentCheck alarmRoutine(const AssessmentFacts& f);
AssessmentCheck physicalProtection(const AssessmentFacts& f);
// Incidents outside work:
AssessmentCheck outsideWorkRoutine(const AssessmentFacts& f);
AssessmentCheck outsideWorkRoutineKnown(const AssessmentFacts& f);
// Support to those affected:
AssessmentCheck supportRoutine(const AssessmentFacts& f);
AssessmentCheck supportOffered(const AssessmentFacts& f);
// Preventive work:
AssessmentCheck trainingRecent(const AssessmentFacts& f);
AssessmentCheck drillRecent(const AssessmentFacts& f);
AssessmentCheck trainingParticipation(const AssessmentFacts& f);
AssessmentCheck emergencyTraining(const AssessmentFacts& f);
AssessmentCheck visitorTreatmentTraining(const AssessmentFacts& f);
// Lone work where the risk is considerable:
AssessmentCheck loneWorkRiskTreated(const AssessmentFacts& f);
AssessmentCheck loneWorkRoutine(const AssessmentFacts& f);
AssessmentCheck loneWorkPersonalAlarm(const AssessmentFacts& f);
// Alarm equipment tested and drilled:
AssessmentCheck alarmEquipmentTested(const AssessmentFacts& f);
AssessmentCheck alarmDrillRecent(const AssessmentFacts& f);

// Elected officials, for the municipality and its executive board:
AssessmentCheck electedAnalysisCompiled(const ElectedOfficialsFacts& f);
AssessmentCheck electedIncidentsFollowedUp(const ElectedOfficialsFacts& f);
AssessmentCheck electedGuidance(const ElectedOfficialsFacts& f);
AssessmentCheck electedGuidanceKnown(const ElectedOfficialsFacts& f);
std::vector<AssessmentCheck> electedOfficialsChecks(const ElectedOfficialsFacts& f);

// The requirements behind a question (empty for an unknown code and for a municipal question,
// which no workplace answers).
std::vector<AssessmentCheck> checksFor(const QString& question, const AssessmentFacts& f);

// From requirements to an answer: every applicable requirement met: yes; at least two thirds:
// mostly; at least one: partly; none: no. Nothing when no requirement applies.
std::optional<AssessmentAnswer> answerFrom(const std::vector<AssessmentCheck>& checks);

// From units to a board or administration: of the units the question applies to, the share
// answering yes or mostly: at least kRollUpYesPercent: yes; at least kRollUpMostlyPercent: mostly;
// any unit answering yes, mostly or partly: partly; otherwise no. Nothing without units.
std::optional<AssessmentAnswer> rollUp(const std::array<int, kAssessmentAnswerCount>& unitCounts);

} // namespace AssessmentRules

} // namespace sakra
