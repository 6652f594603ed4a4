#pragma once

#include "Action.h"

#include <QString>
#include <array>
#include <vector>

namespace sakra {

class Database;

// A board's security money in one year: its budget allocation against the cost of the actions at
// units reporting to it. Whole kronor throughout.
struct BoardYearCost
{
    qint64 boardId = 0;
    QString boardName;
    int year = 0;
    qint64 budgetKr = 0;
    qint64 estimatedKr = 0; // actions not cancelled
    qint64 actualKr = 0;
    qint64 newMoneyKr = 0; // estimated cost of actions that do not fit the budget
    int actions = 0;

    // What is left of the allocation after the actions that fit within it.
    qint64 remainingKr() const { return budgetKr - (estimatedKr - newMoneyKr); }
    bool overBudget() const { return remainingKr() < 0; }
};

// Actions per status of one department (or of an administration's own units outside departments).
struct StatusCounts
{
    qint64 unitId = 0;
    QString unitName;
    std::array<int, Action::kStatusCount> counts{};
    int total() const;
};

// The action plan's overview: money against budgets and progress per department.
class ActionOverview
{
public:
    explicit ActionOverview(Database& db) : m_db(db) {}

    // Per board and year, for the boards in scope (0: all); years with a budget or an action.
    std::vector<BoardYearCost> costPerBoardAndYear(qint64 scopeUnitId = 0) const;
    std::vector<StatusCounts> statusPerDepartment(qint64 scopeUnitId = 0) const;

private:
    Database& m_db;
};

} // namespace sakra
