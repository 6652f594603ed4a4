#pragma once

#include "action/ActionQuery.h"

#include <QDate>
#include <functional>
#include <vector>

namespace sakra::report {

class ReportContext;
class ReportText;

// Where an action stands against a report's period, by the year its cost falls in (its due date's,
// else its start's): budget allocations are per year, so the year decides which allocation an
// action's cost is weighed against.
enum class PeriodPart
{
    Within,  // cost year in the period's years
    Earlier, // cost year before them: carried over from earlier years
    Later,   // cost year after them
    Undated  // neither a due nor a start date
};

struct SelectedAction
{
    ActionRow row;
    QString group;      // where the report lists it (ReportContext::groupName)
    qint64 boardId = 0; // the board its unit answers to; 0: none
    QString boardName;
    PeriodPart part = PeriodPart::Within;

    const Action& action() const { return row.action; }
    // The estimated cost as the reports count it: nothing for a cancelled action.
    qint64 estimatedKr() const;
    // The part of it that does not fit the budget and needs new money.
    qint64 newMoneyKr() const;
};

// Counts and money of a set of selected actions.
struct ActionTally
{
    int total = 0, done = 0, inProgress = 0, planned = 0, postponed = 0, cancelled = 0;
    int ongoing = 0;      // standing practice, never finished
    int notEstimated = 0; // not cancelled and without a cost estimate
    int overdue = 0;      // open and past the due date on the document date
    int decisions = 0;    // need a board decision
    qint64 estimatedKr = 0, actualKr = 0, newMoneyKr = 0;

    void add(const SelectedAction& a, const QDate& today);
};

// One board's allocation in one year of the period against the actions of the selection whose cost
// falls in that year.
struct BudgetYear
{
    qint64 boardId = 0;
    QString boardName;
    int year = 0;
    qint64 budgetKr = 0;
    ActionTally actions;

    // What is left of the allocation after the actions that fit within it (those needing new
    // money are not weighed against it); negative when the allocation is exceeded.
    qint64 remainingKr() const { return budgetKr - (actions.estimatedKr - actions.newMoneyKr); }
};

// The actions one report counts, each with its group, board and place in the period. The report's
// sentences, key figures, tables and appendix all count from one selection, so they agree.
class ActionSelection
{
public:
    // The measures report's: every action in scope alive during the period (not done or cancelled
    // before it began) and every action whose cost falls in the period's years. Ordered by group,
    // then due date.
    static ActionSelection measures(const ReportContext& context);
    // Every action in scope whose cost falls in the period's years, for a budget table.
    static ActionSelection budget(const ReportContext& context);
    // The annual compilation's for [from, to]: actions still ahead (planned, in progress or
    // postponed) that start by the end and are due in or after it, or are still open.
    static ActionSelection ahead(const ReportContext& context, const QDate& from, const QDate& to);

    const std::vector<SelectedAction>& rows() const { return m_rows; }
    bool empty() const { return m_rows.empty(); }
    QDate today() const { return m_today; }
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }
    // "2026" or "2025–2026": the years of the period, as the texts name them.
    QString years() const;

    ActionTally tally() const;
    ActionTally tally(PeriodPart part) const;
    // Per board and year of the period: allocation and the actions of the selection within it;
    // lines with neither left out. Ordered by year, then board.
    const std::vector<BudgetYear>& budgetYears() const { return m_budget; }

private:
    ActionSelection(const ReportContext& context, int firstYear, int lastYear);
    // Keeps the actions keep lets through, grouped and ordered, and reads the allocations.
    void select(const ReportContext& context, const std::function<bool(const Action&)>& keep);
    PeriodPart partOf(const Action& action) const;

    std::vector<SelectedAction> m_rows;
    std::vector<BudgetYear> m_budget;
    QDate m_today;
    int m_firstYear = 0;
    int m_lastYear = 0;
};

} // namespace sakra::report
