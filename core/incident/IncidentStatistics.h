#pragma once

#include <QDate>
#include <QString>
#include <array>
#include <vector>

namespace sakra {

class Database;

// A calendar quarter (1..4 of a year).
struct Quarter
{
    int year = 0;
    int quarter = 0;

    static Quarter of(const QDate& date);
    // year * 10 + quarter, as the tallies store it (20241: the first quarter of 2024).
    int code() const { return year * 10 + quarter; }
    QDate firstDay() const;
    QDate lastDay() const;
    Quarter next() const;
    Quarter previous() const;
    bool isValid() const { return year > 0 && quarter >= 1 && quarter <= 4; }
    // "2024 kv. 1"
    QString label() const;

    friend bool operator==(const Quarter& a, const Quarter& b) { return a.code() == b.code(); }
    friend bool operator<(const Quarter& a, const Quarter& b) { return a.code() < b.code(); }
    friend bool operator<=(const Quarter& a, const Quarter& b) { return a.code() <= b.code(); }
};

// Incident counts per kind, indexed as IncidentStatistics::kindCodes().
struct KindCounts
{
    std::array<qint64, 7> perKind{};

    qint64 total() const;
    qint64& operator[](std::size_t kind) { return perKind[kind]; }
    qint64 operator[](std::size_t kind) const { return perKind[kind]; }
    KindCounts& operator+=(const KindCounts& other);
    friend bool operator==(const KindCounts& a, const KindCounts& b) { return a.perKind == b.perKind; }
};

// One line of the per-unit breakdown of a scope: a unit directly below the scope with everything
// below it, or (own == true) the incidents recorded on the scope unit itself.
struct UnitIncidents
{
    qint64 unitId = 0;
    QString unitName;
    bool own = false;
    KindCounts counts;
};

struct QuarterIncidents
{
    Quarter quarter;
    KindCounts counts;
};

// This year so far against the same days of last year, and last year as a whole.
struct YearComparison
{
    int year = 0;
    QDate today;
    KindCounts thisYear;       // 1 January .. today
    KindCounts lastYearToDate; // 1 January last year .. the same day last year
    KindCounts lastYear;       // the whole of last year
};

// Incident statistics for any scope (a unit and every live unit below it; 0: the whole
// organisation from its root) and any period, from the tallies the schema keeps by trigger
// (incident_tally per scope unit, quarter and kind). Whole quarters are read from the tallies;
// the days of a period that do not fill a quarter are counted from the incidents themselves, so
// every figure is exact for any dates. Only live incidents count.
class IncidentStatistics
{
public:
    static constexpr int kKindCount = 7;
    // The incident kinds as the schema stores them, in the order of KindCounts.
    static const std::array<const char*, kKindCount>& kindCodes();
    // Index of a kind code in kindCodes(), or -1.
    static int kindIndex(const QString& code);

    explicit IncidentStatistics(Database& db) : m_db(db) {}

    // Incidents per kind between from and to (both included). Throws ValidationError for a
    // period that ends before it starts or lacks a date.
    KindCounts perKind(qint64 scopeUnitId, const QDate& from, const QDate& to) const;
    // Per unit directly below the scope (each with its own subtree), by name, then the scope's own
    // incidents when there are any. Units without incidents in the period are left out.
    std::vector<UnitIncidents> perUnit(qint64 scopeUnitId, const QDate& from, const QDate& to) const;
    // Every quarter from first to last (both included), quarters without incidents as zeros.
    std::vector<QuarterIncidents> perQuarter(qint64 scopeUnitId, Quarter first, Quarter last) const;
    // The quarterly trend: the given number of quarters up to and including today's.
    std::vector<QuarterIncidents> trend(qint64 scopeUnitId, const QDate& today, int quarters = 8) const;
    YearComparison yearComparison(qint64 scopeUnitId, const QDate& today) const;

private:
    qint64 resolveScope(qint64 scopeUnitId) const;

    Database& m_db;
};

} // namespace sakra
