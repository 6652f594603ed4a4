#include "WalkFindingRepository.h"

#include "storage/Query.h"

namespace sakra {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::WalkFindingRepository", text);
}
} // namespace

std::vector<WalkFinding> WalkFindingRepository::ofWalk(qint64 walkId) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM walk_finding WHERE walk_id = ? AND deleted_at IS NULL ORDER BY id")
                .arg(wholeRows()));
    q.bind(walkId).exec();
    return readAll(q);
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
