#pragma once

#include "StaffingLine.h"

#include <QDate>
#include <vector>

namespace sakra {

class Database;

// Planned vs. filled posts per administration or company and level. Assignments at units below an
// administration count towards it; the nearest administration or company above a unit owns it.
class StaffingService
{
public:
    explicit StaffingService(Database& db) : m_db(db) {}

    // One line per administration or company in scope (0: all) and staffed level, on the given day.
    std::vector<StaffingLine> overview(const QDate& day, qint64 scopeUnitId = 0) const;

private:
    Database& m_db;
};

} // namespace sakra
