#include "IncidentActionRepository.h"

namespace sakra {

IncidentActionRepository::IncidentActionRepository(Database& db)
    : LinkRepository(db, {"sakra::IncidentActionRepository",
                          {"incident_id", &Tables::incident, &IncidentAction::incidentId,
                           QT_TRANSLATE_NOOP("sakra::IncidentActionRepository", "Välj en händelse.")},
                          {"action_id", &Tables::action, &IncidentAction::actionId,
                           QT_TRANSLATE_NOOP("sakra::IncidentActionRepository",
                                             "Välj den åtgärd som händelsen ledde till.")},
                          QT_TRANSLATE_NOOP("sakra::IncidentActionRepository",
                                            "Händelsen är redan kopplad till åtgärden.")})
{
}

} // namespace sakra
