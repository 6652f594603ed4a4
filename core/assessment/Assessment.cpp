#include "Assessment.h"

#include "storage/CodeTable.h"

namespace sakra {

namespace {
constexpr const char* kCodes[] = {"yes", "mostly", "partly", "no"};
constexpr const char* kLabels[] = {
    QT_TRANSLATE_NOOP("sakra::Assessment", "Ja"), QT_TRANSLATE_NOOP("sakra::Assessment", "I huvudsak"),
    QT_TRANSLATE_NOOP("sakra::Assessment", "Delvis"), QT_TRANSLATE_NOOP("sakra::Assessment", "Nej")};
constexpr CodeTable<AssessmentAnswer, 4> kTable{"sakra::Assessment", kCodes, kLabels};
} // namespace

QString assessmentAnswerCode(AssessmentAnswer value)
{
    return kTable.code(value);
}

std::optional<AssessmentAnswer> assessmentAnswerFromCode(const QString& code)
{
    return kTable.fromCode(code);
}

QString assessmentAnswerLabel(AssessmentAnswer value)
{
    return kTable.label(value);
}

} // namespace sakra
