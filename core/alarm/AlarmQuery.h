#pragma once

#include "AlarmEquipment.h"
#include "storage/ListQuery.h"

#include <QDate>
#include <optional>

namespace sakra {

enum class AlarmSort
{
    Kind,
    Unit,
    Site,
    Devices,
    LastTested,
    NextTest
};

// What an alarm equipment list shows: filters, sorting (done in SQL) and the window of rows wanted.
struct AlarmQuery : ListQuery<AlarmSort, AlarmSort::NextTest>
{
    // scopeUnitId: equipment of the unit or a unit below it, and equipment
    // registered on a site only (no unit) that one of those units uses.
    std::optional<AlarmEquipment::Kind> kind;
    QDate from;               // last tested on or after (invalid: no bound)
    QDate to;                 // last tested on or before (invalid: no bound)
    bool overdueOnly = false; // never tested, or next test before today
    QDate today = QDate::currentDate();
    // text: in the receiver or the note
};

struct AlarmRow
{
    AlarmEquipment equipment;
    qint64 id() const { return equipment.id; }
    QString unitName;
    QString siteName;
};

} // namespace sakra
