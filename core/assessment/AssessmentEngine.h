#pragma once

#include "Assessment.h"
#include "AssessmentRules.h"

#include <QDate>
#include <map>

namespace sakra {

class Database;

// Answers the self-assessment from the register: gathers every assessed unit's facts with a
// handful of set-based queries (no query per unit), applies AssessmentRules, then the overrides,
// then rolls the units up to their administrations and boards. Read-only; works on a read-only
// connection.
class AssessmentEngine
{
public:
    explicit AssessmentEngine(Database& db) : m_db(db) {}

    // The units assessed are the workplaces in scope (units or departments with no live units
    // below them); scope 0 is the whole organisation. The groups are the administrations,
    // companies and boards those units belong to.
    Assessment assess(qint64 scopeUnitId = 0, const QDate& today = QDate::currentDate()) const;
    // The facts the rules read, per assessed unit in scope.
    std::map<qint64, AssessmentFacts> facts(qint64 scopeUnitId, const QDate& today) const;
    // The municipality's facts on elected officials (incidents against them, guidance meant for
    // them, the latest compiled analysis), as of the day.
    ElectedOfficialsFacts electedOfficialsFacts(const QDate& today) const;

private:
    qint64 resolveScope(qint64 scopeUnitId) const;

    Database& m_db;
};

} // namespace sakra
