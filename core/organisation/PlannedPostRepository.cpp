#include "PlannedPostRepository.h"

#include "OrgUnitRepository.h"
#include "storage/Query.h"

namespace sakra {

std::vector<PlannedPost> PlannedPostRepository::all() const
{
    return rowsWhere(ListFilter(), "unit_id, level");
}

std::optional<PlannedPost> PlannedPostRepository::find(qint64 unitId, SecurityLevel level) const
{
    const qint64 id =
        Query(m_db, QStringLiteral(
                        "SELECT id FROM planned_post WHERE unit_id = ? AND level = ? AND deleted_at IS NULL"))
            .bind(unitId)
            .bind(securityLevelCode(level))
            .scalar()
            .toLongLong();
    return id ? find(id) : std::nullopt;
}

void PlannedPostRepository::validate(const PlannedPost& post) const
{
    const auto unit = OrgUnitRepository(m_db).find(post.unitId);
    if (!unit || !isAdministrationLike(unit->kind))
        throw ValidationError(QStringLiteral("unit_id"),
                              tr("Tjänster planeras för en förvaltning eller ett bolag."));
    if (post.level == SecurityLevel::Related)
        throw ValidationError(QStringLiteral("level"),
                              tr("Tjänster planeras på strategisk, taktisk eller operativ nivå."));
    if (post.posts < 0 || post.posts > 999)
        throw ValidationError(QStringLiteral("posts"), tr("Antalet tjänster ska vara mellan 0 och 999."));
    const auto existing = find(post.unitId, post.level);
    if (existing && existing->id != post.id)
        throw ValidationError(
            QStringLiteral("level"),
            tr("Tjänster på den nivån är redan planerade för enheten; ändra det antalet i stället."));
}

} // namespace sakra
