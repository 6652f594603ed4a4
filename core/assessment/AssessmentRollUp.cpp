#include "AssessmentRollUp.h"

#include "AssessmentRules.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/SqlSnippets.h"

#include <QCoreApplication>
#include <algorithm>
#include <numeric>

namespace sakra {

namespace {

// The roll-up's own words.
QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("sakra::AssessmentRollUp", text, nullptr, n);
}

QString nameList(QStringList names)
{
    constexpr int kShown = 8;
    if (names.size() <= kShown)
        return names.join(QStringLiteral(", "));
    const int more = int(names.size()) - kShown;
    names = names.mid(0, kShown);
    return QCoreApplication::translate("sakra::AssessmentEngine", "%1 och %n till", nullptr, more)
        .arg(names.join(QStringLiteral(", ")));
}

} // namespace

AssessmentRollUp::Overrides AssessmentRollUp::overrides(Database& db, const QDate& asOf)
{
    Overrides out;
    Query q(db, QStringLiteral("SELECT unit_id, question, answer, justification, decided_on FROM "
                               "assessment_override WHERE deleted_at IS NULL AND decided_on <= ?"));
    q.bind(asOf.toString(Qt::ISODate)).exec();
    while (q.next())
        if (const auto answer = kAssessmentAnswers.fromCode(q.value(2).toString()))
            out[{q.value(0).toLongLong(), q.value(1).toString()}] = {
                *answer, q.value(3).toString(), QDate::fromString(q.value(4).toString(), Qt::ISODate)};
    return out;
}

void AssessmentRollUp::apply(QuestionAnswer& a, const Overrides& overrides, qint64 unitId)
{
    const auto it = overrides.find({unitId, a.question});
    if (it == overrides.end())
        return;
    a.applicable = true;
    a.overridden = true;
    a.answer = it->second.answer;
    a.justification = it->second.justification;
    a.decidedOn = it->second.decidedOn;
    a.reasons.prepend(QCoreApplication::translate("sakra::AssessmentEngine", "Svaret är ändrat %1: %2")
                          .arg(a.decidedOn.toString(Qt::ISODate), a.justification));
    if (a.answer == AssessmentAnswer::Yes)
        a.recommendations.clear();
}

GroupAssessment AssessmentRollUp::group(qint64 id, const QString& name, const QString& kind,
                                        const std::vector<const UnitAssessment*>& units,
                                        const Overrides& overrides)
{
    GroupAssessment ga;
    ga.unitId = id;
    ga.name = name;
    ga.kind = kind;
    ga.units = int(units.size());
    const auto& questions = AssessmentRules::questions();
    for (std::size_t qi = 0; qi < questions.size(); ++qi) {
        QuestionAnswer a;
        a.question = QLatin1String(questions[qi].code);
        std::array<QStringList, kAssessmentAnswerCount> names;
        std::map<QString, int> recommendations;
        for (const UnitAssessment* ua : units) {
            if (qi >= ua->answers.size())
                continue;
            const QuestionAnswer& ans = ua->answers[qi];
            if (!ans.applicable)
                continue;
            ++a.unitCounts[std::size_t(ans.answer)];
            names[std::size_t(ans.answer)] << ua->unitName;
            for (const QString& r : ans.recommendations)
                ++recommendations[r];
        }
        const auto computed = AssessmentRules::rollUp(a.unitCounts);
        a.applicable = computed.has_value();
        a.computed = a.answer = computed.value_or(AssessmentAnswer::No);
        const int applicable = std::accumulate(a.unitCounts.begin(), a.unitCounts.end(), 0);
        if (questions[qi].municipal) {
            a.reasons << municipalReason();
        } else if (!a.applicable) {
            a.reasons << tr("Frågan gäller ingen av gruppens enheter (%1).").arg(ga.units);
        } else {
            a.reasons << tr("Enheter som svarar ja eller i huvudsak: %1 av %2.")
                             .arg(a.unitCounts[0] + a.unitCounts[1])
                             .arg(applicable);
            for (int k = 0; k < kAssessmentAnswerCount; ++k)
                if (!names[std::size_t(k)].isEmpty())
                    a.reasons << tr("%1: %2.").arg(kAssessmentAnswers.label(AssessmentAnswer(k)),
                                                   nameList(names[std::size_t(k)]));
        }
        std::vector<std::pair<QString, int>> recs(recommendations.begin(), recommendations.end());
        std::stable_sort(recs.begin(), recs.end(),
                         [](const auto& x, const auto& y) { return x.second > y.second; });
        for (const auto& [text, n] : recs)
            a.recommendations << tr("%1 (enheter: %2 av %3)").arg(text).arg(n).arg(applicable);
        apply(a, overrides, id);
        ga.answers.push_back(a);
    }
    return ga;
}

std::optional<GroupAssessment> AssessmentRollUp::municipality(Database& db, const Assessment& assessment)
{
    const qint64 top = SqlSnippets::scopeOrTop(db, 0);
    if (top == 0 || (assessment.scopeUnitId != 0 && assessment.scopeUnitId != top))
        return std::nullopt;
    const QString name =
        Query(db, QStringLiteral("SELECT name FROM org_unit WHERE id = ?")).bind(top).scalar().toString();
    std::vector<const UnitAssessment*> units;
    for (const UnitAssessment& u : assessment.units)
        units.push_back(&u);
    const Overrides decided = overrides(db, assessment.asOf);
    GroupAssessment whole = group(top, name, QStringLiteral("municipality"), units, decided);
    answerMunicipal(whole, assessment.municipal, decided);
    return whole;
}

void AssessmentRollUp::answerMunicipal(GroupAssessment& g, const std::vector<QuestionAnswer>& municipal,
                                       const Overrides& overrides)
{
    for (QuestionAnswer& a : g.answers)
        for (const QuestionAnswer& m : municipal)
            if (a.question == m.question) {
                a = m;
                apply(a, overrides, g.unitId);
            }
}

QString AssessmentRollUp::municipalReason()
{
    return tr("Frågan besvaras av kommunstyrelsen för kommunen som helhet.");
}

} // namespace sakra
