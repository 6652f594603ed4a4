#include "StaffingService.h"

#include "storage/Database.h"
#include "storage/Query.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace sakra {

namespace {

// A line's identity: administration, level, related post's title, paying board (0: its own).
using LineKey = std::tuple<qint64, int, QString, qint64>;

} // namespace

std::vector<StaffingLine> StaffingService::overview(const QDate& day, qint64 scopeUnitId) const
{
    // owner(unit_id, owner_id): each live unit mapped to its nearest administration or company.
    const QString ownerCte = QStringLiteral(
        "WITH RECURSIVE owner(unit_id, owner_id) AS ("
        " SELECT id, id FROM org_unit WHERE kind IN ('administration','company') AND deleted_at IS NULL"
        " UNION ALL SELECT c.id, o.owner_id FROM org_unit c JOIN owner o ON c.parent_id = o.unit_id"
        " WHERE c.deleted_at IS NULL AND c.kind NOT IN ('administration','company')), "
        // A board's scope holds the administrations that also report to it, with their units.
        "scope(id) AS (SELECT id FROM org_unit WHERE (? = 0 AND parent_id IS NULL) OR id = ?"
        " UNION SELECT l.unit_id FROM unit_board l WHERE l.board_id = ? AND l.deleted_at IS NULL"
        " UNION ALL SELECT c.id FROM org_unit c JOIN scope ON c.parent_id = scope.id WHERE c.deleted_at IS "
        "NULL) ");

    std::map<LineKey, StaffingLine> lines;
    std::map<qint64, StaffingLine> admins; // a blank line per administration in scope
    Query list(m_db, ownerCte + QStringLiteral(
                                    "SELECT u.id, u.name, coalesce(b.name, '') FROM org_unit u LEFT JOIN "
                                    "org_unit b ON b.id = u.board_id "
                                    "WHERE u.kind IN ('administration','company') AND u.deleted_at IS NULL "
                                    "AND u.id IN (SELECT id FROM scope)"));
    list.bind(scopeUnitId).bind(scopeUnitId).bind(scopeUnitId).exec();
    while (list.next()) {
        StaffingLine line;
        line.unitId = list.value(0).toLongLong();
        line.unitName = list.value(1).toString();
        line.boardName = list.value(2).toString();
        admins[line.unitId] = line;
    }
    // The further boards an administration reports to, after its own.
    Query further(m_db,
                  QStringLiteral("SELECT l.unit_id, b.name FROM unit_board l JOIN org_unit b ON b.id = "
                                 "l.board_id WHERE l.deleted_at IS NULL AND b.deleted_at IS NULL ORDER BY "
                                 "b.name"));
    further.exec();
    while (further.next()) {
        auto it = admins.find(further.value(0).toLongLong());
        if (it != admins.end())
            it->second.boardName += QStringLiteral(", ") + further.value(1).toString();
    }
    for (const auto& [id, admin] : admins)
        for (SecurityLevel level : kStaffedLevels) {
            StaffingLine line = admin;
            line.level = level;
            lines[{id, int(level), QString(), 0}] = line;
        }

    Query planned(m_db,
                  QStringLiteral("SELECT p.unit_id, p.level, p.posts, p.title, p.yearly_cost_kr, "
                                 "coalesce(p.board_id, 0), coalesce(b.name, '') FROM planned_post p "
                                 "LEFT JOIN org_unit b ON b.id = p.board_id WHERE p.deleted_at IS NULL"));
    planned.exec();
    while (planned.next()) {
        const auto admin = admins.find(planned.value(0).toLongLong());
        const auto level = kSecurityLevels.fromCode(planned.value(1).toString());
        if (admin == admins.end() || !level)
            continue;
        const LineKey key{admin->first, int(*level), planned.value(3).toString(),
                          planned.value(5).toLongLong()};
        auto it = lines.find(key);
        if (it == lines.end()) {
            StaffingLine line = admin->second;
            line.level = *level;
            line.title = std::get<2>(key);
            line.payingBoardId = std::get<3>(key);
            it = lines.emplace(key, line).first;
        }
        it->second.plannedPosts = planned.value(2).toInt();
        it->second.yearlyCostKr = planned.value(4).isNull() ? -1 : planned.value(4).toInt();
        it->second.payingBoardName = planned.value(6).toString();
    }

    const QString d = day.toString(Qt::ISODate);
    Query filled(
        m_db, ownerCte + QStringLiteral(
                             "SELECT o.owner_id, r.level, sum(a.fte_percent), count(*) FROM assignment a "
                             "JOIN owner o ON o.unit_id = a.unit_id JOIN security_role r ON r.id = a.role_id "
                             "WHERE a.deleted_at IS NULL AND r.deleted_at IS NULL AND a.start_date <= ? "
                             "AND (a.end_date IS NULL OR a.end_date >= ?) GROUP BY o.owner_id, r.level"));
    filled.bind(scopeUnitId).bind(scopeUnitId).bind(scopeUnitId).bind(d).bind(d).exec();
    while (filled.next()) {
        const auto level = kSecurityLevels.fromCode(filled.value(1).toString());
        // Related roles (a fire-safety lead) fill no planned post: a related post is planned by
        // name, and who holds it is not told by the role.
        if (!level || *level == SecurityLevel::Related)
            continue;
        const qint64 unit = filled.value(0).toLongLong();
        // The lines of one administration and level (its own posts, then those another board pays
        // for) are filled in that order, each up to its plan; what is left over goes on the last,
        // so the gaps add up to the level's gap.
        std::vector<StaffingLine*> group;
        for (auto it = lines.lower_bound({unit, int(*level), QString(), 0});
             it != lines.end() && std::get<0>(it->first) == unit && std::get<1>(it->first) == int(*level);
             ++it)
            group.push_back(&it->second);
        if (group.empty())
            continue;
        int left = filled.value(2).toInt();
        for (StaffingLine* line : group) {
            const int share = line == group.back() ? left : std::min(left, line->plannedPosts * 100);
            line->filledPercent = share;
            left -= share;
        }
        group.front()->people = filled.value(3).toInt();
    }

    std::vector<StaffingLine> out;
    for (auto& [key, line] : lines)
        if (line.plannedPosts > 0 || line.filledPercent > 0)
            out.push_back(line);
    std::sort(out.begin(), out.end(), [](const StaffingLine& a, const StaffingLine& b) {
        const int byName = a.unitName.localeAwareCompare(b.unitName);
        if (byName != 0)
            return byName < 0;
        if (a.level != b.level)
            return a.level < b.level;
        const int byTitle = a.title.localeAwareCompare(b.title);
        return byTitle != 0 ? byTitle < 0 : a.payingBoardName.localeAwareCompare(b.payingBoardName) < 0;
    });
    return out;
}

std::vector<BoardPostCost> StaffingService::costPerBoard(int year) const
{
    std::vector<BoardPostCost> out;
    Query q(m_db,
            QStringLiteral(
                "SELECT b.id, b.name, (SELECT l.amount_kr FROM budget_line l WHERE l.board_id = b.id AND "
                "l.year = ? AND l.deleted_at IS NULL), "
                "(SELECT coalesce(sum(p.posts * p.yearly_cost_kr), 0) FROM planned_post p JOIN org_unit u ON "
                "u.id = p.unit_id WHERE p.deleted_at IS NULL AND u.deleted_at IS NULL AND "
                "coalesce(p.board_id, u.board_id) = b.id AND p.yearly_cost_kr IS NOT NULL), "
                "(SELECT coalesce(sum(p.posts), 0) FROM planned_post p JOIN org_unit u ON u.id = p.unit_id "
                "WHERE p.deleted_at IS NULL AND u.deleted_at IS NULL AND coalesce(p.board_id, u.board_id) = "
                "b.id AND p.yearly_cost_kr IS NULL) "
                "FROM org_unit b WHERE b.kind = 'board' AND b.deleted_at IS NULL ORDER BY b.name, b.id"));
    q.bind(year).exec();
    while (q.next()) {
        BoardPostCost c;
        c.boardId = q.value(0).toLongLong();
        c.boardName = q.value(1).toString();
        c.year = year;
        c.allocationKr = q.value(2).isNull() ? -1 : q.value(2).toLongLong();
        c.postsCostKr = q.value(3).toLongLong();
        c.postsNotCosted = q.value(4).toInt();
        if (c.allocationKr >= 0 || c.postsCostKr > 0 || c.postsNotCosted > 0)
            out.push_back(c);
    }
    return out;
}

} // namespace sakra
