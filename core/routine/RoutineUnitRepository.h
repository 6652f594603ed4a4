#pragma once

#include "RoutineUnit.h"
#include "storage/LinkRepository.h"

#include <vector>

namespace sakra {

// Which units which routines cover, both ways round.
class RoutineUnitRepository : public LinkRepository<RoutineUnit>
{
public:
    explicit RoutineUnitRepository(Database& db);

    std::vector<RoutineUnit> ofRoutine(qint64 routineId) const { return ofFirst(routineId); }
    std::vector<RoutineUnit> ofUnit(qint64 unitId) const { return ofSecond(unitId); }
};

} // namespace sakra
