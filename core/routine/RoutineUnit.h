#pragma once

#include "storage/EntityBase.h"
#include "storage/Tables.h"

namespace sakra {

// A unit a routine covers (its units below it are covered through it).
struct RoutineUnit : EntityBase
{
    qint64 routineId = 0;
    qint64 unitId = 0;

    static const TableSpec& spec() { return Tables::routineUnit(); }
    static RoutineUnit fromValues(const QVariantMap& v);
    QVariantMap toValues() const;
};

} // namespace sakra
