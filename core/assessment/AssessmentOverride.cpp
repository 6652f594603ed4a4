#include "AssessmentOverride.h"

namespace sakra {

const Fields<AssessmentOverride>& AssessmentOverride::fields()
{
    using R = AssessmentOverride;
    static const Fields<R> kFields({bind::id("unit_id", &R::unitId), bind::trimmed("question", &R::question),
                                    bind::code("answer", &R::answer, assessmentAnswerCode,
                                               assessmentAnswerFromCode, AssessmentAnswer::Partly),
                                    bind::trimmed("justification", &R::justification),
                                    bind::date("decided_on", &R::decidedOn)});
    return kFields;
}

} // namespace sakra
