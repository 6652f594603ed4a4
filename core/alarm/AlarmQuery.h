#pragma once

#include "AlarmEquipment.h"

#include <QDate>
#include <optional>

namespace sakra {

// What an alarm equipment list shows: filters, sorting (done in SQL) and the window of rows wanted.
struct AlarmQuery
{
    enum class Sort
    {
        Kind,
        Unit,
        Site,
        Devices,
        LastTested,
        NextTest
    };

    // 0: the whole register. Otherwise equipment of the unit or a unit below it, and equipment
    // registered on a site only (no unit) that one of those units uses.
    qint64 scopeUnitId = 0;
    std::optional<AlarmEquipment::Kind> kind;
    QDate from;               // last tested on or after (invalid: no bound)
    QDate to;                 // last tested on or before (invalid: no bound)
    bool overdueOnly = false; // never tested, or next test before today
    QDate today = QDate::currentDate();
    QString text; // in the receiver or the note

    Sort sort = Sort::NextTest;
    bool ascending = true;
    int offset = 0;
    int limit = -1;
};

struct AlarmRow
{
    AlarmEquipment equipment;
    QString unitName;
    QString siteName;
};

} // namespace sakra
