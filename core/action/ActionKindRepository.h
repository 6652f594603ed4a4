#pragma once

#include "ActionKind.h"
#include "storage/CatalogueRepository.h"

namespace sakra {

// The kinds an action may have; a kind stays while an action has it.
class ActionKindRepository : public CatalogueRepository<ActionKind>
{
public:
    explicit ActionKindRepository(Database& db);
};

} // namespace sakra
