#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

#include <QDate>
#include <optional>

namespace sakra {

// Alarm equipment at a unit or a site (or both): what kind, how many devices, who receives the
// alarms, when it was last tested or serviced and how often it must be.
struct AlarmEquipment : StoredEntity<AlarmEquipment, Tables::alarmEquipment>
{
    enum class Kind
    {
        Personal,
        Panic,
        Intrusion
    };
    static constexpr int kKindCount = 3;
    static constexpr int kMaxIntervalMonths = 60;

    Kind kind = Kind::Personal;
    qint64 unitId = 0; // 0: none (then a site)
    qint64 siteId = 0; // 0: none (then a unit)
    int devices = 1;
    QString receiver; // who receives the alarms (a guard company, reception, colleagues)
    QDate lastTestedOn;
    bool lastTestUnknown = false; // no date: true when nobody knows, false when it was never tested
    int testIntervalMonths = 12;
    QDate nextTest; // derived: lastTestedOn + testIntervalMonths; invalid when never tested
    QString note;

    // lastTestedOn + months (month ends as QDate::addMonths); invalid when never tested.
    static QDate nextTestFrom(const QDate& lastTestedOn, int months);
    // Never tested (or not known when), or the next test's date has passed.
    bool isTestOverdue(const QDate& today) const
    {
        return !lastTestedOn.isValid() || (nextTest.isValid() && nextTest < today);
    }

    static const CodeTable<Kind, kKindCount> kKinds;

    static const Fields<AlarmEquipment>& fields();
};

} // namespace sakra
