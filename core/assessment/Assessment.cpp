#include "Assessment.h"

#include "storage/CodeTable.h"

namespace sakra {

namespace {
constexpr const char* kCodes[] = {"yes", "mostly", "partly", "no"};
constexpr const char* kLabels[] = {
    QT_TRANSLATE_NOOP("sakra::Assessment", "Ja"), QT_TRANSLATE_NOOP("sakra::Assessment", "I huvudsak"),
    QT_TRANSLATE_NOOP("sakra::Assessment", "Delvis"), QT_TRANSLATE_NOOP("sakra::Assessment", "Nej")};
} // namespace

const CodeTable<AssessmentAnswer, kAssessmentAnswerCount> kAssessmentAnswers{"sakra::Assessment", kCodes,
                                                                             kLabels};

} // namespace sakra
