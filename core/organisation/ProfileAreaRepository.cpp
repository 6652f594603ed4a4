#include "ProfileAreaRepository.h"

#include "OrgUnitRepository.h"
#include "storage/Query.h"

namespace sakra {

std::vector<ProfileArea> ProfileAreaRepository::ofUnit(qint64 unitId) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM profile_area p JOIN focus_area f ON f.id = p.focus_area_id "
                                 "WHERE p.unit_id = ? AND p.deleted_at IS NULL ORDER BY f.sort_order, f.name")
                      .arg(wholeRows(QStringLiteral("p"))));
    q.bind(unitId).exec();
    return readAll(q);
}

qint64 ProfileAreaRepository::linkId(qint64 unitId, qint64 focusAreaId) const
{
    return Query(m_db, QStringLiteral("SELECT id FROM profile_area WHERE unit_id = ? AND focus_area_id = ? "
                                      "AND deleted_at IS NULL"))
        .bind(unitId)
        .bind(focusAreaId)
        .scalar()
        .toLongLong();
}

void ProfileAreaRepository::validate(const ProfileArea& area) const
{
    const auto unit = OrgUnitRepository(m_db).find(area.unitId);
    if (!unit || !isAdministrationLike(unit->kind))
        throw ValidationError(QStringLiteral("unit_id"),
                              tr("Kravprofiler hör till förvaltningar och bolag."));
    if (!RecordStore(m_db, Tables::focusArea()).isLive(area.focusAreaId))
        throw ValidationError(QStringLiteral("focus_area_id"), tr("Välj ett sakområde ur katalogen."));
    const qint64 existing = linkId(area.unitId, area.focusAreaId);
    if (existing != 0 && existing != area.id)
        throw ValidationError(QStringLiteral("focus_area_id"), tr("Kravprofilen har redan det sakområdet."));
}

} // namespace sakra
