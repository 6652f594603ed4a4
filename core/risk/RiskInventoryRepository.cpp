#include "RiskInventoryRepository.h"

#include "storage/Query.h"
#include "storage/SqlSnippets.h"

namespace sakra {

std::vector<RiskInventory> RiskInventoryRepository::list(qint64 scopeUnitId) const
{
    return rowsWhere(ListFilter().inScope("unit_id", scopeUnitId), "held_on DESC, id DESC");
}

void RiskInventoryRepository::validate(const RiskInventory& i) const
{
    requireLive("unit_id", Tables::orgUnit(), i.unitId, tr("Välj den enhet där riskinventeringen gjordes."));
    requireDate("held_on", i.heldOn, tr("Ange datum för riskinventeringen (ÅÅÅÅ-MM-DD)."));
}

void RiskInventoryRepository::checkRemovable(qint64 id) const
{
    requireUnused("risk", "inventory_id", id, [&](int n) {
        return tr("%n risk(er) kom fram vid inventeringen; koppla bort dem först.", nullptr, n);
    });
}

} // namespace sakra
