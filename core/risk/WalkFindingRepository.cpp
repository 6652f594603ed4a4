#include "WalkFindingRepository.h"

#include "storage/Query.h"

namespace sakra {

std::vector<WalkFinding> WalkFindingRepository::ofWalk(qint64 walkId) const
{
    return rowsWhere(ListFilter().equals("walk_id", walkId), "id");
}

void WalkFindingRepository::validate(const WalkFinding& f) const
{
    requireLive("walk_id", Tables::securityWalk(), f.walkId,
                tr("Iakttagelsen hör till en säkerhetsvandring som inte finns."));
    requireText("description", f.description, tr("Beskriv vad vandringen fann."));
    requireLiveOrNone("risk_id", Tables::risk(), f.riskId, tr("Den valda risken finns inte."));
}

} // namespace sakra
