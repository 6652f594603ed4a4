#include "AlarmEquipment.h"

#include "storage/CodeTable.h"

namespace sakra {

namespace {
constexpr const char* kKindCodes[] = {"personal", "panic", "intrusion"};
constexpr const char* kKindLabels[] = {QT_TRANSLATE_NOOP("sakra::AlarmEquipment", "Personlarm"),
                                       QT_TRANSLATE_NOOP("sakra::AlarmEquipment", "Överfallslarm"),
                                       QT_TRANSLATE_NOOP("sakra::AlarmEquipment", "Inbrottslarm")};
constexpr CodeTable<AlarmEquipment::Kind, AlarmEquipment::kKindCount> kKinds{"sakra::AlarmEquipment",
                                                                             kKindCodes, kKindLabels};

QString isoOrEmpty(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate dateOf(const QVariantMap& v, const char* key)
{
    return QDate::fromString(v.value(QLatin1String(key)).toString(), Qt::ISODate);
}
} // namespace

QDate AlarmEquipment::nextTestFrom(const QDate& lastTestedOn, int months)
{
    return lastTestedOn.isValid() && months > 0 ? lastTestedOn.addMonths(months) : QDate();
}

QString AlarmEquipment::kindCode(Kind value)
{
    return kKinds.code(value);
}
std::optional<AlarmEquipment::Kind> AlarmEquipment::kindFromCode(const QString& code)
{
    return kKinds.fromCode(code);
}
QString AlarmEquipment::kindLabel(Kind value)
{
    return kKinds.label(value);
}

AlarmEquipment AlarmEquipment::fromValues(const QVariantMap& v)
{
    AlarmEquipment a;
    a.readBase(v);
    a.kind = kindFromCode(v.value(QStringLiteral("kind")).toString()).value_or(Kind::Personal);
    a.unitId = v.value(QStringLiteral("unit_id")).toLongLong();
    a.siteId = v.value(QStringLiteral("site_id")).toLongLong();
    a.devices = v.value(QStringLiteral("devices")).toInt();
    a.receiver = v.value(QStringLiteral("receiver")).toString();
    a.lastTestedOn = dateOf(v, "last_tested_on");
    a.testIntervalMonths = v.value(QStringLiteral("test_interval_months")).toInt();
    a.nextTest = dateOf(v, "next_test");
    a.note = v.value(QStringLiteral("note")).toString();
    return a;
}

QVariantMap AlarmEquipment::toValues() const
{
    return {{QStringLiteral("kind"), kindCode(kind)},
            {QStringLiteral("unit_id"), unitId},
            {QStringLiteral("site_id"), siteId},
            {QStringLiteral("devices"), devices},
            {QStringLiteral("receiver"), receiver.trimmed()},
            {QStringLiteral("last_tested_on"), isoOrEmpty(lastTestedOn)},
            {QStringLiteral("test_interval_months"), testIntervalMonths},
            {QStringLiteral("next_test"), isoOrEmpty(nextTest)},
            {QStringLiteral("note"), note}};
}

} // namespace sakra
