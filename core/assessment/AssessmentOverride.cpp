#include "AssessmentOverride.h"

namespace sakra {

AssessmentOverride AssessmentOverride::fromValues(const QVariantMap& v)
{
    AssessmentOverride o;
    o.readBase(v);
    o.unitId = v.value(QStringLiteral("unit_id")).toLongLong();
    o.question = v.value(QStringLiteral("question")).toString();
    o.answer = assessmentAnswerFromCode(v.value(QStringLiteral("answer")).toString())
                   .value_or(AssessmentAnswer::Partly);
    o.justification = v.value(QStringLiteral("justification")).toString();
    o.decidedOn = QDate::fromString(v.value(QStringLiteral("decided_on")).toString(), Qt::ISODate);
    return o;
}

QVariantMap AssessmentOverride::toValues() const
{
    return {
        {QStringLiteral("unit_id"), unitId},
        {QStringLiteral("question"), question.trimmed()},
        {QStringLiteral("answer"), assessmentAnswerCode(answer)},
        {QStringLiteral("justification"), justification.trimmed()},
        {QStringLiteral("decided_on"), decidedOn.isValid() ? decidedOn.toString(Qt::ISODate) : QString()}};
}

} // namespace sakra
