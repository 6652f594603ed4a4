#include "Dashboard.h"

#include "assessment/AssessmentRules.h"
#include "incident/IncidentStatistics.h"
#include "risk/RiskMatrixRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/SqlSnippets.h"

namespace sakra {

namespace {
// Units of the scope: the closure row of each unit below it. Binds the scope's id.
const QString kInScope = QStringLiteral(" IN (SELECT unit_id FROM unit_closure WHERE ancestor_id = ?)");
} // namespace

DashboardFigures Dashboard::figures(qint64 scopeUnitId, const QDate& today) const
{
    DashboardFigures f;
    f.scopeUnitId = scopeUnitId;
    f.today = today;
    const qint64 scope = SqlSnippets::scopeOrTop(m_db, scopeUnitId);
    if (scope == 0)
        return f;
    const QString todayIso = today.toString(Qt::ISODate);
    const int high = AssessmentRules::highRiskLevel(RiskMatrixRepository(m_db).current());

    f.openHighRisks =
        Query(m_db, QStringLiteral("SELECT count(*) FROM risk WHERE deleted_at IS NULL AND status = 'open' "
                                   "AND level >= ? AND unit_id") +
                        kInScope)
            .bind(high)
            .bind(scope)
            .scalar()
            .toInt();
    f.overdueActions =
        Query(m_db, QStringLiteral("SELECT count(*) FROM action WHERE deleted_at IS NULL "
                                   "AND status IN ('planned','in_progress') AND due_date < ? AND unit_id") +
                        kInScope)
            .bind(todayIso)
            .bind(scope)
            .scalar()
            .toInt();
    // A session past due counts only when no later session of the same kind was held at the unit:
    // the latest day of each kind at each unit first (in the order of the index training_unit,
    // from the index alone), then the sessions held that day.
    f.overdueTrainings =
        Query(m_db,
              QStringLiteral("SELECT count(*) FROM (SELECT unit_id, kind, max(held_on) AS last FROM training "
                             "WHERE deleted_at IS NULL AND unit_id") +
                  kInScope +
                  QStringLiteral(" GROUP BY unit_id, kind) m JOIN training t ON t.unit_id = m.unit_id "
                                 "AND t.kind = m.kind AND t.held_on = m.last "
                                 "WHERE t.deleted_at IS NULL AND t.next_due < ?"))
            .bind(scope)
            .bind(todayIso)
            .scalar()
            .toInt();
    // Routines covering the scope: linked to a unit in it, or to a unit above it (which covers it).
    f.overdueRoutineReviews =
        Query(m_db, QStringLiteral(
                        "SELECT count(*) FROM routine r WHERE r.deleted_at IS NULL AND r.next_review < ? "
                        "AND EXISTS (SELECT 1 FROM routine_unit ru WHERE ru.routine_id = r.id "
                        "AND ru.deleted_at IS NULL AND (ru.unit_id") +
                        kInScope +
                        QStringLiteral(
                            " OR ru.unit_id IN (SELECT ancestor_id FROM unit_closure WHERE unit_id = ?)))"))
            .bind(todayIso)
            .bind(scope)
            .bind(scope)
            .scalar()
            .toInt();
    f.overdueAlarmTests =
        Query(m_db,
              QStringLiteral(
                  "SELECT count(*) FROM alarm_equipment e WHERE e.deleted_at IS NULL AND e.next_test < ? "
                  "AND (e.unit_id") +
                  kInScope +
                  QStringLiteral(
                      " OR e.site_id IN (SELECT us.site_id FROM unit_site us WHERE us.deleted_at IS NULL "
                      "AND us.unit_id") +
                  kInScope + QStringLiteral("))"))
            .bind(todayIso)
            .bind(scope)
            .bind(scope)
            .scalar()
            .toInt();

    const YearComparison years = IncidentStatistics(m_db).yearComparison(scope, today);
    f.incidentsThisYear = years.thisYear.total();
    f.incidentsLastYearToDate = years.lastYearToDate.total();
    f.incidentsLastYear = years.lastYear.total();
    return f;
}

} // namespace sakra
