#include "IncidentStatistics.h"

#include "storage/Database.h"
#include "storage/Errors.h"
#include "storage/Query.h"
#include "storage/SqlSnippets.h"

#include <QCoreApplication>
#include <algorithm>
#include <map>
#include <numeric>
#include <utility>

namespace sakra {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::IncidentStatistics", text);
}

// A period cut into whole quarters (read from the tallies) and the days around them that do not
// fill a quarter (counted from the incidents).
struct Split
{
    int firstQuarter = 0; // codes; 0 when no whole quarter lies in the period
    int lastQuarter = 0;
    std::vector<std::pair<QDate, QDate>> days;
};

Split split(const QDate& from, const QDate& to)
{
    Split s;
    const Quarter qf = Quarter::of(from);
    const Quarter qt = Quarter::of(to);
    const Quarter firstFull = from == qf.firstDay() ? qf : qf.next();
    const Quarter lastFull = to == qt.lastDay() ? qt : qt.previous();
    if (firstFull <= lastFull) {
        s.firstQuarter = firstFull.code();
        s.lastQuarter = lastFull.code();
        if (from < firstFull.firstDay())
            s.days.emplace_back(from, firstFull.firstDay().addDays(-1));
        if (to > lastFull.lastDay())
            s.days.emplace_back(lastFull.lastDay().addDays(1), to);
    } else {
        s.days.emplace_back(from, to);
    }
    return s;
}

void checkPeriod(const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid())
        throw ValidationError(QStringLiteral("period"),
                              QCoreApplication::translate("sakra::IncidentStatistics",
                                                          "Ange både första och sista dag i perioden."));
    if (to < from)
        throw ValidationError(
            QStringLiteral("period"),
            QCoreApplication::translate("sakra::IncidentStatistics", "Perioden slutar innan den börjar."));
}

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

void add(KindCounts& counts, const QVariant& kind, const QVariant& n)
{
    const int index = IncidentStatistics::kindIndex(kind.toString());
    if (index >= 0)
        counts[std::size_t(index)] += n.toLongLong();
}

} // namespace

Quarter Quarter::of(const QDate& date)
{
    return date.isValid() ? Quarter{date.year(), (date.month() + 2) / 3} : Quarter{};
}

QDate Quarter::firstDay() const
{
    return QDate(year, (quarter - 1) * 3 + 1, 1);
}

QDate Quarter::lastDay() const
{
    return next().firstDay().addDays(-1);
}

Quarter Quarter::next() const
{
    return quarter == 4 ? Quarter{year + 1, 1} : Quarter{year, quarter + 1};
}

Quarter Quarter::previous() const
{
    return quarter == 1 ? Quarter{year - 1, 4} : Quarter{year, quarter - 1};
}

QString Quarter::label() const
{
    return QCoreApplication::translate("sakra::IncidentStatistics", "%1 kv. %2").arg(year).arg(quarter);
}

qint64 KindCounts::total() const
{
    return std::accumulate(perKind.begin(), perKind.end(), qint64(0));
}

KindCounts& KindCounts::operator+=(const KindCounts& other)
{
    for (std::size_t i = 0; i < perKind.size(); ++i)
        perKind[i] += other.perKind[i];
    return *this;
}

const std::array<const char*, IncidentStatistics::kKindCount>& IncidentStatistics::kindCodes()
{
    static const std::array<const char*, kKindCount> codes = {
        "threat", "violence", "harassment", "undue_influence", "vandalism", "near_miss", "other"};
    return codes;
}

int IncidentStatistics::kindIndex(const QString& code)
{
    const auto& codes = kindCodes();
    for (std::size_t i = 0; i < codes.size(); ++i)
        if (code == QLatin1String(codes[i]))
            return int(i);
    return -1;
}

qint64 IncidentStatistics::resolveScope(qint64 scopeUnitId) const
{
    return SqlSnippets::scopeOrTop(m_db, scopeUnitId);
}

KindCounts IncidentStatistics::perKind(qint64 scopeUnitId, const QDate& from, const QDate& to) const
{
    checkPeriod(from, to);
    KindCounts counts;
    const qint64 scope = resolveScope(scopeUnitId);
    if (scope == 0)
        return counts;
    const Split s = split(from, to);
    if (s.firstQuarter) {
        Query q(m_db,
                QStringLiteral(
                    "SELECT kind, sum(n) FROM incident_tally WHERE scope_id = ? AND quarter BETWEEN ? AND ? "
                    "GROUP BY kind"));
        q.bind(scope).bind(s.firstQuarter).bind(s.lastQuarter).exec();
        while (q.next())
            add(counts, q.value(0), q.value(1));
    }
    for (const auto& [a, b] : s.days) {
        Query q(m_db,
                QStringLiteral(
                    "SELECT i.kind, count(*) FROM incident i JOIN unit_closure c ON c.unit_id = i.unit_id "
                    "AND c.ancestor_id = ? WHERE i.deleted_at IS NULL AND i.occurred_on BETWEEN ? AND ? "
                    "GROUP BY i.kind"));
        q.bind(scope).bind(iso(a)).bind(iso(b)).exec();
        while (q.next())
            add(counts, q.value(0), q.value(1));
    }
    return counts;
}

std::vector<UnitIncidents> IncidentStatistics::perUnit(qint64 scopeUnitId, const QDate& from,
                                                       const QDate& to) const
{
    checkPeriod(from, to);
    const qint64 scope = resolveScope(scopeUnitId);
    if (scope == 0)
        return {};
    std::map<qint64, UnitIncidents> children;
    const Split s = split(from, to);
    if (s.firstQuarter) {
        Query q(m_db,
                QStringLiteral("SELECT u.id, u.name, t.kind, sum(t.n) FROM org_unit u JOIN incident_tally t "
                               "ON t.scope_id = u.id AND t.quarter BETWEEN ? AND ? "
                               "WHERE u.parent_id = ? AND u.deleted_at IS NULL GROUP BY u.id, t.kind"));
        q.bind(s.firstQuarter).bind(s.lastQuarter).bind(scope).exec();
        while (q.next()) {
            UnitIncidents& row = children[q.value(0).toLongLong()];
            row.unitName = q.value(1).toString();
            add(row.counts, q.value(2), q.value(3));
        }
    }
    for (const auto& [a, b] : s.days) {
        Query q(m_db,
                QStringLiteral(
                    "SELECT u.id, u.name, i.kind, count(*) FROM incident i "
                    "JOIN unit_closure c ON c.unit_id = i.unit_id "
                    "JOIN org_unit u ON u.id = c.ancestor_id AND u.parent_id = ? AND u.deleted_at IS NULL "
                    "WHERE i.deleted_at IS NULL AND i.occurred_on BETWEEN ? AND ? GROUP BY u.id, i.kind"));
        q.bind(scope).bind(iso(a)).bind(iso(b)).exec();
        while (q.next()) {
            UnitIncidents& row = children[q.value(0).toLongLong()];
            row.unitName = q.value(1).toString();
            add(row.counts, q.value(2), q.value(3));
        }
    }

    std::vector<UnitIncidents> out;
    KindCounts below;
    for (auto& [id, row] : children) {
        row.unitId = id;
        below += row.counts;
        if (row.counts.total() > 0)
            out.push_back(row);
    }
    std::sort(out.begin(), out.end(), [](const UnitIncidents& a, const UnitIncidents& b) {
        const int c = a.unitName.localeAwareCompare(b.unitName);
        return c != 0 ? c < 0 : a.unitId < b.unitId;
    });
    // What the scope holds beyond its children is what is recorded on the scope unit itself.
    UnitIncidents own;
    own.unitId = scope;
    own.own = true;
    own.unitName =
        Query(m_db, QStringLiteral("SELECT name FROM org_unit WHERE id = ?")).bind(scope).scalar().toString();
    own.counts = perKind(scope, from, to);
    for (std::size_t k = 0; k < own.counts.perKind.size(); ++k)
        own.counts[k] -= below[k];
    if (own.counts.total() > 0)
        out.push_back(own);
    return out;
}

std::vector<QuarterIncidents> IncidentStatistics::perQuarter(qint64 scopeUnitId, Quarter first,
                                                             Quarter last) const
{
    if (!first.isValid() || !last.isValid())
        throw ValidationError(QStringLiteral("period"), tr("Ange både första och sista kvartal."));
    if (last < first)
        throw ValidationError(QStringLiteral("period"), tr("Perioden slutar innan den börjar."));
    std::vector<QuarterIncidents> out;
    for (Quarter q = first; q <= last; q = q.next())
        out.push_back({q, {}});
    const qint64 scope = resolveScope(scopeUnitId);
    if (scope == 0)
        return out;
    Query q(
        m_db,
        QStringLiteral(
            "SELECT quarter, kind, n FROM incident_tally WHERE scope_id = ? AND quarter BETWEEN ? AND ?"));
    q.bind(scope).bind(first.code()).bind(last.code()).exec();
    while (q.next()) {
        const int code = q.value(0).toInt();
        const Quarter at{code / 10, code % 10};
        // Quarters are consecutive, so the row's place is its distance from the first.
        const std::size_t index = std::size_t((at.year - first.year) * 4 + (at.quarter - first.quarter));
        if (index < out.size())
            add(out[index].counts, q.value(1), q.value(2));
    }
    return out;
}

std::vector<QuarterIncidents> IncidentStatistics::trend(qint64 scopeUnitId, const QDate& today,
                                                        int quarters) const
{
    if (!today.isValid() || quarters < 1)
        throw ValidationError(QStringLiteral("period"), tr("Ange ett datum och minst ett kvartal."));
    const Quarter last = Quarter::of(today);
    Quarter first = last;
    for (int i = 1; i < quarters; ++i)
        first = first.previous();
    return perQuarter(scopeUnitId, first, last);
}

YearComparison IncidentStatistics::yearComparison(qint64 scopeUnitId, const QDate& today) const
{
    if (!today.isValid())
        throw ValidationError(QStringLiteral("period"), tr("Ange ett datum."));
    YearComparison c;
    c.year = today.year();
    c.today = today;
    c.thisYear = perKind(scopeUnitId, QDate(today.year(), 1, 1), today);
    // 29 February compares with 28 February of a year without one.
    c.lastYearToDate = perKind(scopeUnitId, QDate(today.year() - 1, 1, 1), today.addYears(-1));
    c.lastYear = perKind(scopeUnitId, QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31));
    return c;
}

} // namespace sakra
