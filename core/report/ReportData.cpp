#include "ReportData.h"

#include "Register.h"
#include "ReportContext.h"

#include <QHash>
#include <algorithm>

namespace sakra::report {

std::vector<ActionRow> ReportData::actionsInPeriod(const ReportContext& c)
{
    ActionQuery query;
    query.scopeUnitId = c.scopeId();
    query.sort = ActionQuery::Sort::DueDate;
    std::vector<ActionRow> rows = c.reg.actions().list(query);
    // Group names are few (departments), actions many: rank the names once, sort by rank.
    std::vector<std::pair<int, ActionRow>> keyed;
    keyed.reserve(rows.size());
    QHash<qint64, QString> groupOfUnit;
    QHash<QString, int> rank;
    std::vector<QString> groupOfRow;
    for (ActionRow& r : rows) {
        const Action& a = r.action;
        if (a.status == Action::Status::Done && a.doneDate.isValid() && a.doneDate < c.from)
            continue;
        if (a.status == Action::Status::Cancelled && a.statusChangedOn.isValid() &&
            a.statusChangedOn < c.from)
            continue;
        auto g = groupOfUnit.constFind(a.unitId);
        if (g == groupOfUnit.constEnd())
            g = groupOfUnit.insert(a.unitId, c.groupName(a.unitId));
        rank.insert(*g, 0);
        groupOfRow.push_back(*g);
        keyed.emplace_back(0, std::move(r));
    }
    QStringList names = rank.keys();
    std::sort(names.begin(), names.end(),
              [](const QString& x, const QString& y) { return x.localeAwareCompare(y) < 0; });
    for (int i = 0; i < names.size(); ++i)
        rank[names.at(i)] = i;
    for (std::size_t i = 0; i < keyed.size(); ++i)
        keyed[i].first = rank.value(groupOfRow[i]);
    // Stable: the query's due-date order holds within each group.
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    std::vector<ActionRow> out;
    out.reserve(keyed.size());
    for (auto& [group, row] : keyed)
        out.push_back(std::move(row));
    return out;
}

QString ReportData::statusText(const ReportText& t, Action::Status status)
{
    switch (status) {
    case Action::Status::Planned: return t("Planerad");
    case Action::Status::InProgress: return t("Pågående");
    case Action::Status::Done: return t("Genomförd");
    case Action::Status::Postponed: return t("Uppskjuten");
    case Action::Status::Cancelled: return t("Avbruten");
    }
    return QString();
}

} // namespace sakra::report
