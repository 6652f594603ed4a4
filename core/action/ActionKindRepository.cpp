#include "ActionKindRepository.h"

namespace sakra {

ActionKindRepository::ActionKindRepository(Database& db)
    : CatalogueRepository(db, {"sakra::ActionKindRepository",
                               QT_TRANSLATE_NOOP("sakra::ActionKindRepository", "Ge åtgärdstypen ett namn."),
                               QT_TRANSLATE_NOOP("sakra::ActionKindRepository",
                                                 "Det finns redan en åtgärdstyp som heter %1."),
                               "action", "kind_id",
                               QT_TRANSLATE_N_NOOP("sakra::ActionKindRepository",
                                                   "%n åtgärd(er) har typen; byt typ på dem först.")})
{
}

} // namespace sakra
