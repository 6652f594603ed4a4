#pragma once

#include "Assessment.h"

#include <QDate>
#include <QString>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace sakra {

class Database;

// How assessed units roll up to a group (an administration, a board, the municipality) and how
// the coordinators' overrides replace a computed answer. AssessmentEngine rolls up to the
// administrations and boards; municipality() gives the municipality's own roll-up when an
// assessment covers the whole organisation.
class AssessmentRollUp
{
public:
    struct Override
    {
        AssessmentAnswer answer = AssessmentAnswer::No;
        QString justification;
        QDate decidedOn;
    };
    // By unit id and question code.
    using Overrides = std::map<std::pair<qint64, QString>, Override>;

    // The overrides decided on or before asOf: one decided later was not yet the answer then.
    static Overrides overrides(Database& db, const QDate& asOf);
    // Replaces a's answer with the unit's override of its question, if there is one.
    static void apply(QuestionAnswer& a, const Overrides& overrides, qint64 unitId);
    // The units' answers rolled up per question (AssessmentRules::rollUp), with how the units
    // answered as the reasons and their recommendations counted; then the group's overrides.
    static GroupAssessment group(qint64 id, const QString& name, const QString& kind,
                                 const std::vector<const UnitAssessment*>& units, const Overrides& overrides);
    // The roll-up of every assessed unit to the municipality (the top of the organisation), when
    // the assessment's scope is none or the municipality itself; nothing for a narrower scope.
    static std::optional<GroupAssessment> municipality(Database& db, const Assessment& assessment);
    // Puts the municipality's answers to the municipal questions into a group (the executive board
    // or the municipality), then the group's overrides of them.
    static void answerMunicipal(GroupAssessment& group, const std::vector<QuestionAnswer>& municipal,
                                const Overrides& overrides);
    // Why a workplace, an administration or another board answers no municipal question.
    static QString municipalReason();
};

} // namespace sakra
