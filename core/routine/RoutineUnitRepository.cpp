#include "RoutineUnitRepository.h"

#include "storage/Query.h"

namespace sakra {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::RoutineUnitRepository", text);
}
} // namespace

std::vector<RoutineUnit> RoutineUnitRepository::select(const char* column, qint64 id) const
{
    const QString sql = QStringLiteral("SELECT %1 FROM routine_unit WHERE %2 = ? AND deleted_at IS NULL ORDER BY id")
                            .arg(wholeRows(), QLatin1String(column));
    Query q(m_db, sql);
    q.bind(id).exec();
    return readAll(q);
}

std::vector<RoutineUnit> RoutineUnitRepository::ofRoutine(qint64 routineId) const
{
    return select("routine_id", routineId);
}

std::vector<RoutineUnit> RoutineUnitRepository::ofUnit(qint64 unitId) const
{
    return select("unit_id", unitId);
}

qint64 RoutineUnitRepository::linkId(qint64 routineId, qint64 unitId) const
{
    return Query(m_db, QStringLiteral("SELECT id FROM routine_unit WHERE routine_id = ? AND unit_id = ? AND deleted_at IS NULL"))
        .bind(routineId)
        .bind(unitId)
        .scalar()
        .toLongLong();
}

void RoutineUnitRepository::validate(const RoutineUnit& link) const
{
    if (!RecordStore(m_db, Tables::routine()).isLive(link.routineId))
        throw ValidationError(QStringLiteral("routine_id"), tr("Välj en rutin."));
    if (!RecordStore(m_db, Tables::orgUnit()).isLive(link.unitId))
        throw ValidationError(QStringLiteral("unit_id"), tr("Välj en enhet som rutinen gäller."));
    const qint64 existing = linkId(link.routineId, link.unitId);
    if (existing != 0 && existing != link.id)
        throw ValidationError(QStringLiteral("unit_id"), tr("Rutinen gäller redan enheten."));
}

} // namespace sakra
