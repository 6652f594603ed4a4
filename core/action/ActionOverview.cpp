#include "ActionOverview.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/SqlSnippets.h"

#include <algorithm>
#include <numeric>

namespace sakra {

namespace {
// board(unit_id, board_id): every live unit and the board it answers to, through the nearest
// administration or company above it (whose board_id names the board) or a board itself.
const QString kBoardCte = QStringLiteral(
    "WITH RECURSIVE board(unit_id, board_id) AS ("
    " SELECT id, CASE WHEN kind = 'board' THEN id ELSE board_id END FROM org_unit"
    " WHERE kind IN ('board','administration','company') AND deleted_at IS NULL"
    " UNION ALL SELECT c.id, b.board_id FROM org_unit c JOIN board b ON c.parent_id = b.unit_id"
    " WHERE c.deleted_at IS NULL AND c.kind NOT IN ('board','administration','company')) ");
} // namespace

int StatusCounts::total() const
{
    return std::accumulate(counts.begin(), counts.end(), 0);
}

std::vector<BoardYearCost> ActionOverview::costPerBoardAndYear(qint64 scopeUnitId) const
{
    const QString scope = scopeUnitId > 0 ? SqlSnippets::inScope("a.unit_id") : QString();
    // Budgets of the boards in scope: all boards for the whole register, else the boards that the
    // scope's units answer to.
    const QString budgetScope =
        scopeUnitId > 0 ? QStringLiteral(" AND l.board_id IN (SELECT b.board_id FROM board b WHERE 1 = 1") +
                              SqlSnippets::inScope("b.unit_id") + QStringLiteral(")")
                        : QString();
    // One statement: the costs summed per unit and year first (an index-only scan of
    // action_money), then per board, beside the budget lines, with the board's name.
    Query q(
        m_db,
        kBoardCte +
            QStringLiteral(
                "SELECT x.board_id, x.year, sum(x.estimated), sum(x.actual), sum(x.new_money), sum(x.n), "
                "sum(x.budget), (SELECT u.name FROM org_unit u WHERE u.id = x.board_id) FROM ("
                "SELECT b.board_id, t.year, t.estimated, t.actual, t.new_money, t.n, 0 AS budget FROM ("
                "SELECT a.unit_id, CAST(substr(coalesce(a.due_date, a.start_date), 1, 4) AS INTEGER) AS "
                "year, "
                "sum(CASE WHEN a.status <> 'cancelled' THEN a.estimated_cost_kr ELSE 0 END) AS estimated, "
                "sum(a.actual_cost_kr) AS actual, "
                "sum(CASE WHEN a.status <> 'cancelled' AND a.fits_budget = 0 THEN a.estimated_cost_kr ELSE 0 "
                "END) AS new_money, "
                "count(*) AS n FROM action a WHERE a.deleted_at IS NULL AND coalesce(a.due_date, "
                "a.start_date) IS NOT NULL") +
            scope +
            QStringLiteral(" GROUP BY 1, 2) t JOIN board b ON b.unit_id = t.unit_id "
                           "UNION ALL SELECT l.board_id, l.year, 0, 0, 0, 0, l.amount_kr FROM budget_line l "
                           "WHERE l.deleted_at IS NULL") +
            budgetScope + QStringLiteral(") x GROUP BY 1, 2"));
    if (scopeUnitId > 0)
        q.bind(scopeUnitId).bind(scopeUnitId);
    q.exec();
    std::vector<BoardYearCost> out;
    while (q.next()) {
        BoardYearCost r;
        r.boardId = q.value(0).toLongLong();
        r.year = q.value(1).toInt();
        r.estimatedKr = q.value(2).toLongLong();
        r.actualKr = q.value(3).toLongLong();
        r.newMoneyKr = q.value(4).toLongLong();
        r.actions = q.value(5).toInt();
        r.budgetKr = q.value(6).toLongLong();
        r.boardName = q.value(7).toString();
        out.push_back(r);
    }
    std::sort(out.begin(), out.end(), [](const BoardYearCost& a, const BoardYearCost& b) {
        return a.year != b.year ? a.year < b.year : a.boardName.localeAwareCompare(b.boardName) < 0;
    });
    return out;
}

std::vector<StatusCounts> ActionOverview::statusPerDepartment(qint64 scopeUnitId) const
{
    // dept(unit_id, dept_id): each unit and its nearest department, or its administration or
    // company when it sits outside departments.
    const QString deptCte = QStringLiteral(
        "WITH RECURSIVE dept(unit_id, dept_id) AS ("
        " SELECT id, id FROM org_unit WHERE deleted_at IS NULL AND (kind = 'department' AND parent_id IN"
        " (SELECT id FROM org_unit WHERE kind IN ('administration','company')) OR kind IN "
        "('administration','company'))"
        " UNION ALL SELECT c.id, d.dept_id FROM org_unit c JOIN dept d ON c.parent_id = d.unit_id"
        " WHERE c.deleted_at IS NULL AND NOT (c.kind = 'department' AND c.parent_id IN"
        " (SELECT id FROM org_unit WHERE kind IN ('administration','company')))) ");
    const QString scope = scopeUnitId > 0 ? SqlSnippets::inScope("a.unit_id") : QString();
    Query q(
        m_db,
        deptCte +
            // Counted per unit and status first, from the index action_unit alone; then per
            // department (some thousand rows instead of every action joined to the tree).
            QStringLiteral("SELECT d.dept_id, u.name, t.status, sum(t.n) FROM (SELECT a.unit_id, a.status, "
                           "count(*) AS n FROM action a WHERE a.deleted_at IS NULL") +
            scope +
            QStringLiteral(
                " GROUP BY 1, 2) t JOIN dept d ON d.unit_id = t.unit_id "
                "JOIN org_unit u ON u.id = d.dept_id GROUP BY 1, 2, 3 ORDER BY u.name COLLATE NOCASE"));
    if (scopeUnitId > 0)
        q.bind(scopeUnitId);
    q.exec();
    std::vector<StatusCounts> out;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (out.empty() || out.back().unitId != id)
            out.push_back({id, q.value(1).toString(), {}});
        if (const auto status = Action::kStatuses.fromCode(q.value(2).toString()))
            out.back().counts[std::size_t(*status)] = q.value(3).toInt();
    }
    return out;
}

} // namespace sakra
