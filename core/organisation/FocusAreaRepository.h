#pragma once

#include "FocusArea.h"
#include "storage/CatalogueRepository.h"

namespace sakra {

// The catalogue of focus areas that requirement profiles choose from.
class FocusAreaRepository : public CatalogueRepository<FocusArea>
{
public:
    explicit FocusAreaRepository(Database& db);
};

} // namespace sakra
