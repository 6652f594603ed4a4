#include "IncidentRiskRepository.h"

namespace sakra {

IncidentRiskRepository::IncidentRiskRepository(Database& db)
    : LinkRepository(
          db, {"sakra::IncidentRiskRepository",
               QT_TRANSLATE_NOOP("sakra::IncidentRiskRepository", "Välj en händelse."),
               QT_TRANSLATE_NOOP("sakra::IncidentRiskRepository", "Välj den risk som händelsen ledde till."),
               QT_TRANSLATE_NOOP("sakra::IncidentRiskRepository", "Händelsen är redan kopplad till risken.")})
{
}

} // namespace sakra
