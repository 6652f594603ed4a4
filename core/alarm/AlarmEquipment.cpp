#include "AlarmEquipment.h"

#include "storage/CodeTable.h"

namespace sakra {

namespace {
constexpr const char* kKindCodes[] = {"personal", "panic", "intrusion"};
constexpr const char* kKindLabels[] = {QT_TRANSLATE_NOOP("sakra::AlarmEquipment", "Personlarm"),
                                       QT_TRANSLATE_NOOP("sakra::AlarmEquipment", "Överfallslarm"),
                                       QT_TRANSLATE_NOOP("sakra::AlarmEquipment", "Inbrottslarm")};

} // namespace

const CodeTable<AlarmEquipment::Kind, AlarmEquipment::kKindCount> AlarmEquipment::kKinds{
    "sakra::AlarmEquipment", kKindCodes, kKindLabels};

QDate AlarmEquipment::nextTestFrom(const QDate& lastTestedOn, int months)
{
    return lastTestedOn.isValid() && months > 0 ? lastTestedOn.addMonths(months) : QDate();
}

const Fields<AlarmEquipment>& AlarmEquipment::fields()
{
    using R = AlarmEquipment;
    static const Fields<R> kFields(
        {bind::code("kind", &R::kind, kKinds, Kind::Personal), bind::id("unit_id", &R::unitId),
         bind::id("site_id", &R::siteId), bind::integer("devices", &R::devices),
         bind::trimmed("receiver", &R::receiver), bind::date("last_tested_on", &R::lastTestedOn),
         bind::integer("test_interval_months", &R::testIntervalMonths), bind::date("next_test", &R::nextTest),
         bind::text("note", &R::note), bind::flag("last_test_unknown", &R::lastTestUnknown)});
    return kFields;
}

} // namespace sakra
