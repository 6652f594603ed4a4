#include "StaffingService.h"

#include "storage/Database.h"
#include "storage/Query.h"

#include <algorithm>
#include <map>

namespace sakra {

std::vector<StaffingLine> StaffingService::overview(const QDate& day, qint64 scopeUnitId) const
{
    // owner(unit_id, owner_id): each live unit mapped to its nearest administration or company.
    const QString ownerCte = QStringLiteral(
        "WITH RECURSIVE owner(unit_id, owner_id) AS ("
        " SELECT id, id FROM org_unit WHERE kind IN ('administration','company') AND deleted_at IS NULL"
        " UNION ALL SELECT c.id, o.owner_id FROM org_unit c JOIN owner o ON c.parent_id = o.unit_id"
        " WHERE c.deleted_at IS NULL AND c.kind NOT IN ('administration','company')), "
        "scope(id) AS (SELECT id FROM org_unit WHERE (? = 0 AND parent_id IS NULL) OR id = ?"
        " UNION ALL SELECT c.id FROM org_unit c JOIN scope ON c.parent_id = scope.id WHERE c.deleted_at IS "
        "NULL) ");

    std::map<std::pair<qint64, int>, StaffingLine> lines;
    Query admins(m_db, ownerCte + QStringLiteral(
                                      "SELECT u.id, u.name, coalesce(b.name, '') FROM org_unit u LEFT JOIN "
                                      "org_unit b ON b.id = u.board_id "
                                      "WHERE u.kind IN ('administration','company') AND u.deleted_at IS NULL "
                                      "AND u.id IN (SELECT id FROM scope)"));
    admins.bind(scopeUnitId).bind(scopeUnitId).exec();
    while (admins.next())
        for (SecurityLevel level : kStaffedLevels) {
            StaffingLine line;
            line.unitId = admins.value(0).toLongLong();
            line.unitName = admins.value(1).toString();
            line.boardName = admins.value(2).toString();
            line.level = level;
            lines[{line.unitId, int(level)}] = line;
        }

    Query planned(m_db,
                  QStringLiteral("SELECT unit_id, level, posts FROM planned_post WHERE deleted_at IS NULL"));
    planned.exec();
    while (planned.next()) {
        const auto level = kSecurityLevels.fromCode(planned.value(1).toString());
        auto it = lines.find({planned.value(0).toLongLong(), level ? int(*level) : -1});
        if (it != lines.end())
            it->second.plannedPosts = planned.value(2).toInt();
    }

    const QString d = day.toString(Qt::ISODate);
    Query filled(
        m_db, ownerCte + QStringLiteral(
                             "SELECT o.owner_id, r.level, sum(a.fte_percent), count(*) FROM assignment a "
                             "JOIN owner o ON o.unit_id = a.unit_id JOIN security_role r ON r.id = a.role_id "
                             "WHERE a.deleted_at IS NULL AND r.deleted_at IS NULL AND a.start_date <= ? "
                             "AND (a.end_date IS NULL OR a.end_date >= ?) GROUP BY o.owner_id, r.level"));
    filled.bind(scopeUnitId).bind(scopeUnitId).bind(d).bind(d).exec();
    while (filled.next()) {
        const auto level = kSecurityLevels.fromCode(filled.value(1).toString());
        auto it = lines.find({filled.value(0).toLongLong(), level ? int(*level) : -1});
        if (it != lines.end()) {
            it->second.filledPercent = filled.value(2).toInt();
            it->second.people = filled.value(3).toInt();
        }
    }

    std::vector<StaffingLine> out;
    for (auto& [key, line] : lines)
        if (line.plannedPosts > 0 || line.filledPercent > 0)
            out.push_back(line);
    std::sort(out.begin(), out.end(), [](const StaffingLine& a, const StaffingLine& b) {
        const int byName = a.unitName.localeAwareCompare(b.unitName);
        return byName != 0 ? byName < 0 : a.level < b.level;
    });
    return out;
}

} // namespace sakra
