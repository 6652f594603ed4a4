#include "RoutineUnitRepository.h"

namespace sakra {

RoutineUnitRepository::RoutineUnitRepository(Database& db)
    : LinkRepository(db,
                     {"sakra::RoutineUnitRepository",
                      QT_TRANSLATE_NOOP("sakra::RoutineUnitRepository", "Välj en rutin."),
                      QT_TRANSLATE_NOOP("sakra::RoutineUnitRepository", "Välj en enhet som rutinen gäller."),
                      QT_TRANSLATE_NOOP("sakra::RoutineUnitRepository", "Rutinen gäller redan enheten.")})
{
}

} // namespace sakra
