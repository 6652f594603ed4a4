#include "ProfileAreaRepository.h"

#include "OrgUnitRepository.h"
#include "storage/Query.h"

namespace sakra {

namespace {
const char* const kNotAdministration =
    QT_TRANSLATE_NOOP("sakra::ProfileAreaRepository", "Kravprofiler hör till förvaltningar och bolag.");
} // namespace

ProfileAreaRepository::ProfileAreaRepository(Database& db)
    : LinkRepository(
          db, {"sakra::ProfileAreaRepository", kNotAdministration,
               QT_TRANSLATE_NOOP("sakra::ProfileAreaRepository", "Välj ett sakområde ur katalogen."),
               QT_TRANSLATE_NOOP("sakra::ProfileAreaRepository", "Kravprofilen har redan det sakområdet.")})
{
}

std::vector<ProfileArea> ProfileAreaRepository::ofUnit(qint64 unitId) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM profile_area p JOIN focus_area f ON f.id = p.focus_area_id "
                                 "WHERE p.unit_id = ? AND p.deleted_at IS NULL ORDER BY f.sort_order, f.name")
                      .arg(wholeRows(QStringLiteral("p"))));
    q.bind(unitId).exec();
    return readAll(q);
}

void ProfileAreaRepository::validate(const ProfileArea& area) const
{
    const auto unit = OrgUnitRepository(m_db).find(area.firstId);
    if (!unit || !isAdministrationLike(unit->kind))
        throw ValidationError(QStringLiteral("unit_id"), tr(kNotAdministration));
    LinkRepository::validate(area);
}

} // namespace sakra
