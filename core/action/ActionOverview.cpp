#include "ActionOverview.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/SqlSnippets.h"

#include <algorithm>
#include <map>
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
    std::map<std::pair<qint64, int>, BoardYearCost> rows;
    const QString scope = scopeUnitId > 0 ? SqlSnippets::inScope("a.unit_id") : QString();
    // Sum per unit and year first (an index-only scan of action_money), then per board.
    Query costs(
        m_db,
        kBoardCte +
            QStringLiteral(
                "SELECT b.board_id, t.year, sum(t.estimated), sum(t.actual), sum(t.new_money), sum(t.n) FROM "
                "("
                "SELECT a.unit_id, CAST(substr(coalesce(a.due_date, a.start_date), 1, 4) AS INTEGER) AS "
                "year, "
                "sum(CASE WHEN a.status <> 'cancelled' THEN a.estimated_cost_kr ELSE 0 END) AS estimated, "
                "sum(a.actual_cost_kr) AS actual, "
                "sum(CASE WHEN a.status <> 'cancelled' AND a.fits_budget = 0 THEN a.estimated_cost_kr ELSE 0 "
                "END) AS new_money, "
                "count(*) AS n FROM action a WHERE a.deleted_at IS NULL AND coalesce(a.due_date, "
                "a.start_date) IS NOT NULL") +
            scope + QStringLiteral(" GROUP BY 1, 2) t JOIN board b ON b.unit_id = t.unit_id GROUP BY 1, 2"));
    if (scopeUnitId > 0)
        costs.bind(scopeUnitId);
    costs.exec();
    while (costs.next()) {
        BoardYearCost& r = rows[{costs.value(0).toLongLong(), costs.value(1).toInt()}];
        r.estimatedKr = costs.value(2).toLongLong();
        r.actualKr = costs.value(3).toLongLong();
        r.newMoneyKr = costs.value(4).toLongLong();
        r.actions = costs.value(5).toInt();
    }

    // Budgets of the boards in scope: all boards for the whole register, else the boards that the
    // scope's units answer to.
    const QString budgetScope =
        scopeUnitId > 0 ? QStringLiteral(" AND l.board_id IN (SELECT b.board_id FROM board b WHERE 1 = 1") +
                              SqlSnippets::inScope("b.unit_id") + QStringLiteral(")")
                        : QString();
    Query budgets(m_db, kBoardCte +
                            QStringLiteral("SELECT l.board_id, l.year, l.amount_kr FROM budget_line l "
                                           "WHERE l.deleted_at IS NULL") +
                            budgetScope);
    if (scopeUnitId > 0)
        budgets.bind(scopeUnitId);
    budgets.exec();
    while (budgets.next())
        rows[{budgets.value(0).toLongLong(), budgets.value(1).toInt()}].budgetKr =
            budgets.value(2).toLongLong();

    Query names(m_db, QStringLiteral("SELECT name FROM org_unit WHERE id = ?"));
    std::vector<BoardYearCost> out;
    for (auto& [key, row] : rows) {
        row.boardId = key.first;
        row.year = key.second;
        row.boardName = names.bind(row.boardId).scalar().toString();
        out.push_back(row);
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
    Query q(m_db,
            deptCte +
                QStringLiteral("SELECT d.dept_id, u.name, a.status, count(*) FROM action a "
                               "JOIN dept d ON d.unit_id = a.unit_id JOIN org_unit u ON u.id = d.dept_id "
                               "WHERE a.deleted_at IS NULL") +
                scope + QStringLiteral(" GROUP BY 1, 2, 3 ORDER BY u.name COLLATE NOCASE"));
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
