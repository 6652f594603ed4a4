#include "SampleRecords.h"

namespace sakra::test {

Training SampleRecords::training(qint64 unitId, Training::Kind kind, const QDate& heldOn, int recurrence)
{
    Training t;
    t.kind = kind;
    t.unitId = unitId;
    t.heldOn = heldOn;
    t.recurrenceMonths = recurrence;
    t.participants = 20;
    t.targetGroup = 25;
    return t;
}

Routine SampleRecords::threatsRoutine(const QDate& adoptedOn)
{
    Routine r;
    r.title = QStringLiteral("Rutin för hot och våld i receptionen");
    r.kind = Routine::Kind::ThreatsViolence;
    r.adoptedOn = adoptedOn;
    r.reviewMonths = 12;
    r.knownByStaff = Routine::Known::Partly;
    return r;
}

AlarmEquipment SampleRecords::alarm(qint64 unitId, AlarmEquipment::Kind kind, const QDate& lastTestedOn)
{
    AlarmEquipment e;
    e.kind = kind;
    e.unitId = unitId;
    e.devices = 4;
    e.receiver = QStringLiteral("Receptionen");
    e.lastTestedOn = lastTestedOn;
    return e;
}

} // namespace sakra::test
