#pragma once

#include "alarm/AlarmEquipment.h"
#include "routine/Routine.h"
#include "training/Training.h"

#include <QDate>

namespace sakra::test {

// Single records of the preparedness areas for the core and GUI tests and tools, filled as a unit
// would fill them; the caller writes them through the repository (and links a routine to its units).
class SampleRecords
{
public:
    // A session of kind at unit on heldOn, due again recurrence months later (0: not again): 20 of a
    // target group of 25 took part.
    static Training training(qint64 unitId, Training::Kind kind, const QDate& heldOn, int recurrence = 12);
    // A routine for threats and violence adopted on adoptedOn, reviewed yearly, partly known by the staff.
    static Routine threatsRoutine(const QDate& adoptedOn);
    // Four alarms of kind at unit reporting to the reception, last tested on lastTestedOn (invalid: never).
    static AlarmEquipment alarm(qint64 unitId, AlarmEquipment::Kind kind, const QDate& lastTestedOn);
};

} // namespace sakra::test
