#include "FocusAreaRepository.h"

namespace sakra {

FocusAreaRepository::FocusAreaRepository(Database& db)
    : CatalogueRepository(
          db,
          {"sakra::FocusAreaRepository",
           QT_TRANSLATE_NOOP("sakra::FocusAreaRepository", "Ge sakområdet ett namn."),
           QT_TRANSLATE_NOOP("sakra::FocusAreaRepository", "Katalogen har redan ett sakområde som heter %1."),
           "profile_area", "focus_area_id",
           QT_TRANSLATE_N_NOOP("sakra::FocusAreaRepository",
                               "%n kravprofil(er) har sakområdet; ta bort det ur dem först.")})
{
}

} // namespace sakra
