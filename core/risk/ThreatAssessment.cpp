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
constexpr CodeTable<ThreatAssessment::ThreatLevel, 4> kTable{"sakra::ThreatAssessment", kLevelCodes,
                                                             kLevelLabels};
} // namespace

QString ThreatAssessment::threatLevelCode(ThreatLevel level)
{
    return kTable.code(level);
}

std::optional<ThreatAssessment::ThreatLevel> ThreatAssessment::threatLevelFromCode(const QString& code)
{
    return kTable.fromCode(code);
}

QString ThreatAssessment::threatLevelLabel(ThreatLevel level)
{
    return kTable.label(level);
}

ThreatAssessment ThreatAssessment::fromValues(const QVariantMap& v)
{
    ThreatAssessment t;
    t.readBase(v);
    t.unitId = v.value(QStringLiteral("unit_id")).toLongLong();
    t.assessedOn = QDate::fromString(v.value(QStringLiteral("assessed_on")).toString(), Qt::ISODate);
    t.subject = v.value(QStringLiteral("subject")).toString();
    t.description = v.value(QStringLiteral("description")).toString();
    t.threatLevel = threatLevelFromCode(v.value(QStringLiteral("threat_level")).toString())
                        .value_or(ThreatLevel::Moderate);
    t.measures = v.value(QStringLiteral("measures")).toString();
    t.handledById = v.value(QStringLiteral("handled_by")).toLongLong();
    t.status = v.value(QStringLiteral("status")).toString() == QLatin1String("closed") ? Status::Closed
                                                                                       : Status::Open;
    t.closedOn = QDate::fromString(v.value(QStringLiteral("closed_on")).toString(), Qt::ISODate);
    return t;
}

QVariantMap ThreatAssessment::toValues() const
{
    return {
        {QStringLiteral("unit_id"), unitId},
        {QStringLiteral("assessed_on"), assessedOn.isValid() ? assessedOn.toString(Qt::ISODate) : QString()},
        {QStringLiteral("subject"), subject.trimmed()},
        {QStringLiteral("description"), description},
        {QStringLiteral("threat_level"), threatLevelCode(threatLevel)},
        {QStringLiteral("measures"), measures},
        {QStringLiteral("handled_by"), handledById},
        {QStringLiteral("status"),
         status == Status::Closed ? QStringLiteral("closed") : QStringLiteral("open")},
        {QStringLiteral("closed_on"), closedOn.isValid() ? closedOn.toString(Qt::ISODate) : QString()}};
}

} // namespace sakra
