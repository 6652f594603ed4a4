#include "ThreatAssessment.h"

#include "storage/CodeTable.h"

#include <QCoreApplication>

namespace sakra {

namespace {
constexpr const char* kLevelCodes[] = {"low", "moderate", "high", "severe"};
constexpr const char* kLevelLabels[] = {QT_TRANSLATE_NOOP("sakra::ThreatAssessment", "Låg"),
                                        QT_TRANSLATE_NOOP("sakra::ThreatAssessment", "Måttlig"),
                                        QT_TRANSLATE_NOOP("sakra::ThreatAssessment", "Hög"),
                                        QT_TRANSLATE_NOOP("sakra::ThreatAssessment", "Allvarlig")};

QString statusText(ThreatAssessment::Status status)
{
    return status == ThreatAssessment::Status::Closed ? QStringLiteral("closed") : QStringLiteral("open");
}

ThreatAssessment::Status statusOf(const QVariant& code)
{
    return code.toString() == QLatin1String("closed") ? ThreatAssessment::Status::Closed
                                                      : ThreatAssessment::Status::Open;
}
} // namespace

const CodeTable<ThreatAssessment::ThreatLevel, 4> ThreatAssessment::kThreatLevels{"sakra::ThreatAssessment",
                                                                                  kLevelCodes, kLevelLabels};

const Fields<ThreatAssessment>& ThreatAssessment::fields()
{
    using R = ThreatAssessment;
    static const Fields<R> kFields(
        {bind::id("unit_id", &R::unitId), bind::date("assessed_on", &R::assessedOn),
         bind::trimmed("subject", &R::subject), bind::text("description", &R::description),
         bind::code("threat_level", &R::threatLevel, kThreatLevels, ThreatLevel::Moderate),
         bind::text("measures", &R::measures), bind::id("handled_by", &R::handledById),
         bind::custom("status", &R::status, statusText, statusOf), bind::date("closed_on", &R::closedOn),
         bind::date("cleared_on", &R::clearedOn)});
    return kFields;
}

} // namespace sakra
