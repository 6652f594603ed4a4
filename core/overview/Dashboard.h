#pragma once

#include <QDate>

namespace sakra {

class Database;

// The start page's figures for a scope (a unit and everything below it; 0: the whole
// organisation), read in one call from indexes and the incident tallies.
struct DashboardFigures
{
    qint64 scopeUnitId = 0;
    QDate today;
    int openHighRisks = 0;              // status open, level at or above the matrix's high level
    int overdueActions = 0;             // planned or in progress, due before today
    int overdueTrainings = 0;           // units and kinds whose latest session is past its next due date
    int overdueRoutineReviews = 0;      // routines covering the scope (or a unit above it) past their review
    int overdueAlarmTests = 0;          // equipment of the scope's units or at their sites, past its test
    qint64 incidentsThisYear = 0;       // 1 January .. today
    qint64 incidentsLastYearToDate = 0; // the same days last year
    qint64 incidentsLastYear = 0;       // the whole of last year
};

class Dashboard
{
public:
    explicit Dashboard(Database& db) : m_db(db) {}

    DashboardFigures figures(qint64 scopeUnitId = 0, const QDate& today = QDate::currentDate()) const;

private:
    Database& m_db;
};

} // namespace sakra
