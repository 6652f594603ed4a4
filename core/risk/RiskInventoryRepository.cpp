#include "RiskInventoryRepository.h"

namespace sakra {

RiskInventoryRepository::RiskInventoryRepository(Database& db)
    : DatedRecordRepository(db, {"sakra::RiskInventoryRepository",
                                 {"unit_id", &RiskInventory::unitId},
                                 "held_on",
                                 &RiskInventory::heldOn,
                                 QT_TRANSLATE_NOOP("sakra::RiskInventoryRepository",
                                                   "Välj den enhet där riskinventeringen gjordes."),
                                 QT_TRANSLATE_NOOP("sakra::RiskInventoryRepository",
                                                   "Ange datum för riskinventeringen (ÅÅÅÅ-MM-DD).")})
{
}

void RiskInventoryRepository::checkRemovable(qint64 id) const
{
    requireUnused("risk", "inventory_id", id, [&](int n) {
        return tr("%n risk(er) kom fram vid inventeringen; koppla bort dem först.", nullptr, n);
    });
}

} // namespace sakra
