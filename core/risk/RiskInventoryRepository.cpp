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
    if (!RecordStore(m_db, Tables::orgUnit()).isLive(i.unitId))
        throw ValidationError(QStringLiteral("unit_id"), tr("Välj den enhet där riskinventeringen gjordes."));
    if (!i.heldOn.isValid())
        throw ValidationError(QStringLiteral("held_on"),
                              tr("Ange datum för riskinventeringen (ÅÅÅÅ-MM-DD)."));
}

void RiskInventoryRepository::checkRemovable(qint64 id) const
{
    const int n = int(liveRowsWhere("risk", "inventory_id", id));
    if (n > 0)
        throw ValidationError(
            QStringLiteral("id"),
            tr("%n risk(er) kom fram vid inventeringen; koppla bort dem först.", nullptr, n));
}

} // namespace sakra
