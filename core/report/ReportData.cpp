#include "ReportData.h"

#include "ReportContext.h"
#include "Register.h"

#include <algorithm>

namespace sakra::report {

std::vector<ActionRow> ReportData::actionsInPeriod(const ReportContext& c)
{
    ActionQuery query;
    query.scopeUnitId = c.scopeId();
    query.sort = ActionQuery::Sort::DueDate;
    std::vector<ActionRow> rows = c.reg.actions().list(query);
    std::vector<std::pair<QString, ActionRow>> keyed;
    keyed.reserve(rows.size());
    for (ActionRow& r : rows) {
        const Action& a = r.action;
        if (a.status == Action::Status::Done && a.doneDate.isValid() && a.doneDate < c.from)
            continue;
        if (a.status == Action::Status::Cancelled && a.statusChangedOn.isValid() && a.statusChangedOn < c.from)
            continue;
        keyed.emplace_back(c.groupName(a.unitId), std::move(r));
    }
    // Stable: the query's due-date order holds within each group.
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& x, const auto& y) { return x.first.localeAwareCompare(y.first) < 0; });
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
