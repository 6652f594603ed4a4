#pragma once

#include "BoardPostCost.h"
#include "StaffingLine.h"

#include <QDate>
#include <vector>

namespace sakra {

class Database;

// Planned vs. filled posts per administration or company and level (and related post), and
// what the posts cost against each board's allocation. Assignments at units below an
// administration count towards it; the nearest administration or company above a unit owns it.
class StaffingService
{
public:
    explicit StaffingService(Database& db) : m_db(db) {}

    // One line per administration or company in scope (0: all) and staffed level, on the given day.
    std::vector<StaffingLine> overview(const QDate& day, qint64 scopeUnitId = 0) const;
    // Each board's allocation for the year against the yearly cost of the posts it pays for (a
    // post's paying board, else its administration's own board), by name; boards with neither
    // are left out.
    std::vector<BoardPostCost> costPerBoard(int year) const;

private:
    Database& m_db;
};

} // namespace sakra
