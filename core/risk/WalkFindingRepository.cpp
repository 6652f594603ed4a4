#include "WalkFindingRepository.h"

#include "storage/Query.h"

namespace sakra {

std::vector<WalkFinding> WalkFindingRepository::ofWalk(qint64 walkId) const
{
    return rowsWhere(ListFilter().equals("walk_id", walkId), "id");
}

void WalkFindingRepository::validate(const WalkFinding& f) const
{
    if (!RecordStore(m_db, Tables::securityWalk()).isLive(f.walkId))
        throw ValidationError(QStringLiteral("walk_id"),
                              tr("Iakttagelsen hör till en säkerhetsvandring som inte finns."));
    if (f.description.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("description"), tr("Beskriv vad vandringen fann."));
    if (f.riskId != 0 && !RecordStore(m_db, Tables::risk()).isLive(f.riskId))
        throw ValidationError(QStringLiteral("risk_id"), tr("Den valda risken finns inte."));
}

} // namespace sakra
