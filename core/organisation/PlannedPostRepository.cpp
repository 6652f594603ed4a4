#include "PlannedPostRepository.h"

#include "OrgUnitRepository.h"
#include "storage/Query.h"

namespace sakra {

std::vector<PlannedPost> PlannedPostRepository::all() const
{
    return rowsWhere(ListFilter(), "unit_id, level");
}

std::optional<PlannedPost> PlannedPostRepository::find(qint64 unitId, SecurityLevel level,
                                                       const QString& title, qint64 boardId) const
{
    const qint64 id =
        Query(m_db, QStringLiteral("SELECT id FROM planned_post WHERE unit_id = ? AND level = ? AND "
                                   "title = ? AND coalesce(board_id, 0) = ? AND deleted_at IS NULL"))
            .bind(unitId)
            .bind(kSecurityLevels.code(level))
            .bind(title.isNull() ? QStringLiteral("") : title.trimmed())
            .bind(boardId)
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
    const QString title = post.title.trimmed();
    if (post.level == SecurityLevel::Related && title.isEmpty())
        throw ValidationError(
            QStringLiteral("title"),
            tr("Ange vilken tjänst det är, till exempel handläggare för bakgrundskontroller."));
    if (post.level != SecurityLevel::Related && !title.isEmpty())
        throw ValidationError(QStringLiteral("title"),
                              tr("Bara tjänster utanför de tre nivåerna har en egen benämning."));
    if (title.size() > 200)
        throw ValidationError(QStringLiteral("title"), tr("Benämningen får vara högst 200 tecken."));
    if (post.posts < 0 || post.posts > 999)
        throw ValidationError(QStringLiteral("posts"), tr("Antalet tjänster ska vara mellan 0 och 999."));
    if (post.yearlyCostKr < PlannedPost::kNotCosted || post.yearlyCostKr > 100'000'000)
        throw ValidationError(QStringLiteral("yearly_cost_kr"),
                              tr("Kostnaden per tjänst och år ska vara mellan 0 och 100 000 000 kr."));
    if (post.boardId != 0) {
        const auto board = OrgUnitRepository(m_db).find(post.boardId);
        if (!board || board->kind != UnitKind::Board)
            throw ValidationError(QStringLiteral("board_id"), tr("Välj den nämnd som betalar tjänsterna."));
    }
    const auto existing = find(post.unitId, post.level, title, post.boardId);
    if (existing && existing->id != post.id)
        throw ValidationError(
            QStringLiteral("level"),
            tr("Tjänster på den nivån är redan planerade för enheten; ändra det antalet i stället."));
}

} // namespace sakra
