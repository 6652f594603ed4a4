#include "RiskInventoryRepository.h"

#include "storage/Query.h"
#include "storage/SqlSnippets.h"

namespace sakra {

namespace {
QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("sakra::RiskInventoryRepository", text, nullptr, n);
}
} // namespace

std::vector<RiskInventory> RiskInventoryRepository::list(qint64 scopeUnitId) const
{
    Query q(m_db, (QStringLiteral("SELECT %1 FROM risk_inventory WHERE deleted_at IS NULL") +
                   (scopeUnitId > 0 ? SqlSnippets::inScope("unit_id") : QString()) +
                   QStringLiteral(" ORDER BY held_on DESC, id DESC"))
                      .arg(wholeRows()));
    if (scopeUnitId > 0)
        q.bind(scopeUnitId);
    q.exec();
    return readAll(q);
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
        throw ValidationError(QStringLiteral("id"),
                              tr("%n risk(er) kom fram vid inventeringen; koppla bort dem först.", n));
}

} // namespace sakra
