#include "ActionSelection.h"

#include "Register.h"
#include "ReportContext.h"

#include <QHash>
#include <algorithm>
#include <map>

namespace sakra::report {

qint64 SelectedAction::estimatedKr() const
{
    return action().status == Action::Status::Cancelled ? 0 : action().estimatedCostKr;
}

qint64 SelectedAction::newMoneyKr() const
{
    return action().fitsBudget ? 0 : estimatedKr();
}

void ActionTally::add(const SelectedAction& s, const QDate& today)
{
    const Action& a = s.action();
    ++total;
    switch (a.status) {
    case Action::Status::Done: ++done; break;
    case Action::Status::InProgress: ++inProgress; break;
    case Action::Status::Planned: ++planned; break;
    case Action::Status::Postponed: ++postponed; break;
    case Action::Status::Cancelled: ++cancelled; break;
    case Action::Status::Ongoing: ++ongoing; break;
    }
    if (!a.costEstimated && a.status != Action::Status::Cancelled)
        ++notEstimated;
    if (a.isOverdue(today))
        ++overdue;
    if (a.needsBoardDecision)
        ++decisions;
    estimatedKr += s.estimatedKr();
    newMoneyKr += s.newMoneyKr();
    actualKr += a.actualCostKr;
}

ActionSelection::ActionSelection(const ReportContext& c, int firstYear, int lastYear)
    : m_today(c.documentDate), m_firstYear(firstYear), m_lastYear(lastYear)
{
}

ActionSelection ActionSelection::measures(const ReportContext& c)
{
    ActionSelection s(c, c.from.year(), c.to.year());
    s.select(c, [&](const Action& a) {
        if (s.partOf(a) == PeriodPart::Within)
            return true;
        if (a.status == Action::Status::Done && a.doneDate.isValid() && a.doneDate < c.from)
            return false;
        if (a.status == Action::Status::Cancelled && a.statusChangedOn.isValid() &&
            a.statusChangedOn < c.from)
            return false;
        return true;
    });
    return s;
}

ActionSelection ActionSelection::budget(const ReportContext& c)
{
    ActionSelection s(c, c.from.year(), c.to.year());
    s.select(c, [&](const Action& a) { return s.partOf(a) == PeriodPart::Within; });
    return s;
}

ActionSelection ActionSelection::ahead(const ReportContext& c, const QDate& from, const QDate& to)
{
    ActionSelection s(c, from.year(), to.year());
    s.select(c, [&](const Action& a) {
        const bool ahead = a.isOpen() || a.status == Action::Status::Postponed;
        return ahead && (!a.startDate.isValid() || a.startDate <= to) &&
               (!a.dueDate.isValid() || a.dueDate >= from || a.isOpen());
    });
    return s;
}

PeriodPart ActionSelection::partOf(const Action& a) const
{
    const int year = a.costYear();
    if (year == 0)
        return PeriodPart::Undated;
    if (year < m_firstYear)
        return PeriodPart::Earlier;
    return year > m_lastYear ? PeriodPart::Later : PeriodPart::Within;
}

void ActionSelection::select(const ReportContext& c, const std::function<bool(const Action&)>& keep)
{
    ActionQuery query;
    query.scopeUnitId = c.scopeId();
    query.sort = ActionQuery::Sort::DueDate;
    std::vector<ActionRow> rows = c.reg.actions().list(query);

    // The board each unit answers to: the nearest board, administration or company above it, and
    // for an administration or company the board it reports to (as the budget overview counts).
    QHash<qint64, const OrgUnit*> boardOfUnit;
    auto boardOf = [&](qint64 unitId) {
        const auto known = boardOfUnit.constFind(unitId);
        if (known != boardOfUnit.constEnd())
            return *known;
        const OrgUnit* nearest =
            c.ancestorOfKind(unitId, {UnitKind::Board, UnitKind::Administration, UnitKind::Company});
        const OrgUnit* board = !nearest                           ? nullptr
                               : nearest->kind == UnitKind::Board ? nearest
                                                                  : c.unit(nearest->boardId);
        boardOfUnit.insert(unitId, board);
        return board;
    };

    QHash<qint64, QString> groupOfUnit;
    for (ActionRow& r : rows) {
        if (!keep(r.action))
            continue;
        SelectedAction s;
        s.part = partOf(r.action);
        auto g = groupOfUnit.constFind(r.action.unitId);
        if (g == groupOfUnit.constEnd())
            g = groupOfUnit.insert(r.action.unitId, c.groupName(r.action.unitId));
        s.group = *g;
        if (const OrgUnit* board = boardOf(r.action.unitId)) {
            s.boardId = board->id;
            s.boardName = board->name;
        }
        s.row = std::move(r);
        m_rows.push_back(std::move(s));
    }
    // Groups in the language's order; stable, so the query's due-date order holds within each.
    // Group names are few (departments), actions many: rank the names once, sort by rank.
    QHash<QString, int> rank;
    for (const SelectedAction& s : m_rows)
        rank.insert(s.group, 0);
    QStringList names = rank.keys();
    std::sort(names.begin(), names.end(),
              [](const QString& x, const QString& y) { return x.localeAwareCompare(y) < 0; });
    for (int i = 0; i < names.size(); ++i)
        rank[names.at(i)] = i;
    std::vector<std::pair<int, std::size_t>> order;
    order.reserve(m_rows.size());
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        order.emplace_back(rank.value(m_rows[i].group), i);
    std::stable_sort(order.begin(), order.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    std::vector<SelectedAction> sorted;
    sorted.reserve(m_rows.size());
    for (const auto& [r, i] : order)
        sorted.push_back(std::move(m_rows[i]));
    m_rows = std::move(sorted);

    // Allocations of the boards in scope for the period's years, and the actions weighed against them.
    std::map<std::pair<int, qint64>, BudgetYear> lines;
    for (const BoardYearCost& b : c.reg.actionOverview().costPerBoardAndYear(c.scopeId()))
        if (b.year >= m_firstYear && b.year <= m_lastYear && b.budgetKr != 0) {
            BudgetYear& line = lines[{b.year, b.boardId}];
            line.boardId = b.boardId;
            line.boardName = b.boardName;
            line.year = b.year;
            line.budgetKr = b.budgetKr;
        }
    for (const SelectedAction& s : m_rows) {
        if (s.part != PeriodPart::Within)
            continue;
        BudgetYear& line = lines[{s.action().costYear(), s.boardId}];
        line.boardId = s.boardId;
        line.boardName = s.boardName;
        line.year = s.action().costYear();
        line.actions.add(s, m_today);
    }
    for (auto& [key, line] : lines)
        m_budget.push_back(std::move(line));
    std::stable_sort(m_budget.begin(), m_budget.end(), [](const BudgetYear& x, const BudgetYear& y) {
        if (x.year != y.year)
            return x.year < y.year;
        if (x.boardId == 0 || y.boardId == 0) // actions outside any board last
            return x.boardId != 0 && y.boardId == 0;
        return x.boardName.localeAwareCompare(y.boardName) < 0;
    });
}

QString ActionSelection::years() const
{
    return m_firstYear == m_lastYear ? QString::number(m_firstYear)
                                     : QStringLiteral("%1–%2").arg(m_firstYear).arg(m_lastYear);
}

ActionTally ActionSelection::tally() const
{
    ActionTally t;
    for (const SelectedAction& s : m_rows)
        t.add(s, m_today);
    return t;
}

ActionTally ActionSelection::tally(PeriodPart part) const
{
    ActionTally t;
    for (const SelectedAction& s : m_rows)
        if (s.part == part)
            t.add(s, m_today);
    return t;
}

} // namespace sakra::report
