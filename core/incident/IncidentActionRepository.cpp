#include "IncidentActionRepository.h"

namespace sakra {

IncidentActionRepository::IncidentActionRepository(Database& db)
    : LinkRepository(
          db,
          {"sakra::IncidentActionRepository",
           QT_TRANSLATE_NOOP("sakra::IncidentActionRepository", "Välj en händelse."),
           QT_TRANSLATE_NOOP("sakra::IncidentActionRepository", "Välj den åtgärd som händelsen ledde till."),
           QT_TRANSLATE_NOOP("sakra::IncidentActionRepository", "Händelsen är redan kopplad till åtgärden.")})
{
}

} // namespace sakra
