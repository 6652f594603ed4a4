#include "RiskCategoryRepository.h"

namespace sakra {

RiskCategoryRepository::RiskCategoryRepository(Database& db)
    : CatalogueRepository(db, {"sakra::RiskCategoryRepository",
                               QT_TRANSLATE_NOOP("sakra::RiskCategoryRepository", "Ge kategorin ett namn."),
                               QT_TRANSLATE_NOOP("sakra::RiskCategoryRepository",
                                                 "Det finns redan en kategori som heter %1."),
                               "risk", "category_id",
                               QT_TRANSLATE_N_NOOP("sakra::RiskCategoryRepository",
                                                   "%n risk(er) har kategorin; byt kategori på dem först.")})
{
}

} // namespace sakra
