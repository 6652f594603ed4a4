#include "RoutineUnit.h"

namespace sakra {

RoutineUnit RoutineUnit::fromValues(const QVariantMap& v)
{
    RoutineUnit l;
    l.readBase(v);
    l.routineId = v.value(QStringLiteral("routine_id")).toLongLong();
    l.unitId = v.value(QStringLiteral("unit_id")).toLongLong();
    return l;
}

QVariantMap RoutineUnit::toValues() const
{
    return {{QStringLiteral("routine_id"), routineId}, {QStringLiteral("unit_id"), unitId}};
}

} // namespace sakra
