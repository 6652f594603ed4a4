#include "RoutineUnitRepository.h"

namespace sakra {

RoutineUnitRepository::RoutineUnitRepository(Database& db)
    : LinkRepository(
          db, {"sakra::RoutineUnitRepository",
               {"routine_id", &Tables::routine, &RoutineUnit::routineId,
                QT_TRANSLATE_NOOP("sakra::RoutineUnitRepository", "Välj en rutin.")},
               {"unit_id", &Tables::orgUnit, &RoutineUnit::unitId,
                QT_TRANSLATE_NOOP("sakra::RoutineUnitRepository", "Välj en enhet som rutinen gäller.")},
               QT_TRANSLATE_NOOP("sakra::RoutineUnitRepository", "Rutinen gäller redan enheten.")})
{
}

} // namespace sakra
