#pragma once

#include "storage/CodeTable.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>
#include <vector>

namespace sakra {

// The auditors' four steps (seed 002): ja, i huvudsak, delvis, nej.
enum class AssessmentAnswer
{
    Yes,
    Mostly,
    Partly,
    No
};
constexpr int kAssessmentAnswerCount = 4;

// The codes "yes", "mostly", "partly", "no" and the labels "Ja", "I huvudsak", "Delvis", "Nej".
extern const CodeTable<AssessmentAnswer, kAssessmentAnswerCount> kAssessmentAnswers;

// One requirement behind a question, as the data shows it: met or missing, with the reason in
// words and dates, and for a missing one what to do about it in the auditors' manner.
struct AssessmentCheck
{
    QString requirement;    // what the rule asks for
    bool applicable = true; // false: the requirement does not concern this unit
    bool met = false;
    // Not applicable because a current risk assessment puts the unit's risk low: the requirement
    // is meant for higher risk (proportionality, AFS 2023:2). Its reason is shown with the answer.
    bool exempted = false;
    QString reason;         // "Rutinen Hot och våld sågs över 2024-03-01."
    QString recommendation; // empty when met
};

// The answer to one question for a unit or a group of units (an administration or a board).
struct QuestionAnswer
{
    QString question;       // code, see AssessmentRules::questions()
    bool applicable = true; // false: no requirement concerns the unit (no answer is given)
    AssessmentAnswer answer = AssessmentAnswer::No;   // after any override
    AssessmentAnswer computed = AssessmentAnswer::No; // from the data
    bool overridden = false;
    QString justification; // the coordinator's, when overridden
    QDate decidedOn;
    std::vector<AssessmentCheck> checks; // units: each requirement; groups: empty
    QStringList reasons;                 // groups: how the units answered; units: the checks' reasons
    QStringList recommendations;         // one per gap (groups: with the number of units)
    // Groups: applicable units per answer, indexed by AssessmentAnswer.
    std::array<int, kAssessmentAnswerCount> unitCounts{};
};

// A unit that is assessed: a workplace (a unit or a department with no units below it).
struct UnitAssessment
{
    qint64 unitId = 0;
    QString unitName;
    qint64 administrationId = 0;         // nearest administration or company above, 0: none
    qint64 boardId = 0;                  // the board it answers to, 0: none
    std::vector<QuestionAnswer> answers; // in the order of AssessmentRules::questions()
};

// The roll-up of the assessed units below an administration (or company) or answering to a board.
struct GroupAssessment
{
    qint64 unitId = 0;
    QString name;
    QString kind; // unit kind code: "board", "administration" or "company"
    int units = 0;
    std::vector<QuestionAnswer> answers;
};

struct Assessment
{
    QDate asOf;
    qint64 scopeUnitId = 0;
    std::vector<UnitAssessment> units;            // by name
    std::vector<GroupAssessment> administrations; // administrations and companies, by name
    std::vector<GroupAssessment> boards;          // by name
    // The municipal questions answered for the municipality as a whole (elected officials), in
    // the order of AssessmentRules::questions(); the executive board's group carries them too.
    std::vector<QuestionAnswer> municipal;
};

} // namespace sakra
