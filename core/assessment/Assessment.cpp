#include "Assessment.h"

#include <QCoreApplication>

namespace sakra {

namespace {
constexpr const char* kCodes[] = {"yes", "mostly", "partly", "no"};
constexpr const char* kLabels[] = {
    QT_TRANSLATE_NOOP("sakra::Assessment", "Ja"), QT_TRANSLATE_NOOP("sakra::Assessment", "I huvudsak"),
    QT_TRANSLATE_NOOP("sakra::Assessment", "Delvis"), QT_TRANSLATE_NOOP("sakra::Assessment", "Nej")};
} // namespace

QString assessmentAnswerCode(AssessmentAnswer answer)
{
    return QLatin1String(kCodes[int(answer)]);
}

std::optional<AssessmentAnswer> assessmentAnswerFromCode(const QString& code)
{
    for (int i = 0; i < kAssessmentAnswerCount; ++i)
        if (code == QLatin1String(kCodes[i]))
            return AssessmentAnswer(i);
    return std::nullopt;
}

QString assessmentAnswerLabel(AssessmentAnswer answer)
{
    return QCoreApplication::translate("sakra::Assessment", kLabels[int(answer)]);
}

} // namespace sakra
