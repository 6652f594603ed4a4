#pragma once

#include "RiskCategory.h"
#include "storage/CatalogueRepository.h"

namespace sakra {

// The categories a risk may have; a category stays while a risk has it.
class RiskCategoryRepository : public CatalogueRepository<RiskCategory>
{
public:
    explicit RiskCategoryRepository(Database& db);
};

} // namespace sakra
