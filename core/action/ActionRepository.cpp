#include "ActionRepository.h"

#include "ActionRiskRepository.h"
#include "storage/DependentRows.h"
#include "storage/Query.h"
#include "storage/SqlSnippets.h"

namespace sakra {

namespace {

const char* const kOpen = "a.status IN ('planned','in_progress')";

ListFilter filterFor(const ActionQuery& q)
{
    ListFilter f("a");
    f.inScope("a.unit_id", q.scopeUnitId);
    if (q.status)
        f.equals("a.status", Action::statusCode(*q.status));
    if (q.kindId > 0)
        f.equals("a.kind_id", q.kindId);
    if (q.responsibleId > 0)
        f.equals("a.responsible_id", q.responsibleId);
    if (q.riskId > 0)
        f.where(QStringLiteral(
                    "a.id IN (SELECT action_id FROM action_risk WHERE risk_id = ? AND deleted_at IS NULL)"),
                {q.riskId});
    const QString today = q.today.toString(Qt::ISODate);
    if (q.overdueOnly)
        f.where(QLatin1String(kOpen) + QStringLiteral(" AND a.due_date < ?"), {today});
    if (q.dueWithinDays >= 0)
        f.where(QLatin1String(kOpen) + QStringLiteral(" AND a.due_date >= ? AND a.due_date <= ?"),
                {today, q.today.addDays(q.dueWithinDays).toString(Qt::ISODate)});
    if (q.needsDecisionOnly)
        f.where(QStringLiteral("a.needs_board_decision = 1"));
    f.contains(q.text, {"a.title", "a.description"});
    return f;
}

QString orderBy(const ActionQuery& q)
{
    QString column;
    switch (q.sort) {
    case ActionQuery::Sort::Title: column = QStringLiteral("a.title COLLATE NOCASE"); break;
    case ActionQuery::Sort::Unit: column = QStringLiteral("u.name COLLATE NOCASE"); break;
    case ActionQuery::Sort::Kind: column = QStringLiteral("k.sort_order"); break;
    case ActionQuery::Sort::Status: column = QStringLiteral("a.status"); break;
    case ActionQuery::Sort::Responsible: column = QStringLiteral("p.name COLLATE NOCASE"); break;
    case ActionQuery::Sort::DueDate: break; // below
    case ActionQuery::Sort::EstimatedCost: column = QStringLiteral("a.estimated_cost_kr"); break;
    }
    const QString dir = q.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // Undated actions last either way: SQLite puts NULL first going up and last going down.
    if (q.sort == ActionQuery::Sort::DueDate)
        return q.ascending ? QStringLiteral(" ORDER BY a.due_date IS NULL, a.due_date ASC, a.id ASC")
                           : QStringLiteral(" ORDER BY a.due_date DESC, a.id DESC");
    return QStringLiteral(" ORDER BY ") + column + dir + QStringLiteral(", a.id") + dir;
}

} // namespace

std::vector<ActionRow> ActionRepository::list(const ActionQuery& query) const
{
    // The latest note per action, found through the (action_id, noted_on, id) index.
    const QString latest =
        QStringLiteral("(SELECT n.%1 FROM action_note n WHERE n.action_id = a.id AND n.deleted_at IS NULL "
                       "ORDER BY n.noted_on DESC, n.id DESC LIMIT 1)");
    const QString select =
        QStringLiteral("SELECT ") + wholeRows(QStringLiteral("a")) +
        QStringLiteral(", u.name, k.name, p.name, ") + latest.arg(QStringLiteral("text")) +
        QStringLiteral(", ") + latest.arg(QStringLiteral("noted_on")) +
        QStringLiteral(
            " FROM action a JOIN org_unit u ON u.id = a.unit_id JOIN action_kind k ON k.id = a.kind_id "
            "LEFT JOIN person p ON p.id = a.responsible_id");
    return listPage<ActionRow>(select, filterFor(query), orderBy(query), query.limit, query.offset,
                               [](Action a, const Query& q, int n) {
                                   return ActionRow{
                                       std::move(a),
                                       q.value(n).toString(),
                                       q.value(n + 1).toString(),
                                       q.value(n + 2).toString(),
                                       q.value(n + 3).toString(),
                                       QDate::fromString(q.value(n + 4).toString(), Qt::ISODate)};
                               });
}

qint64 ActionRepository::count(const ActionQuery& query) const
{
    return countWhere(QStringLiteral("action a"), filterFor(query));
}

void ActionRepository::completeDerived(Action& a) const
{
    const QDate today = QDate::currentDate();
    const auto stored = a.id ? find(a.id) : std::nullopt;
    if (!stored) {
        if (!a.statusChangedOn.isValid())
            a.statusChangedOn = today;
    } else if (stored->status != a.status && a.statusChangedOn == stored->statusChangedOn) {
        a.statusChangedOn = today;
    }
    if (a.status == Action::Status::Done && !a.doneDate.isValid())
        a.doneDate = a.statusChangedOn;
    if (a.status != Action::Status::Done)
        a.doneDate = QDate();
}

void ActionRepository::validate(const Action& a) const
{
    if (a.title.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("title"), tr("Ge åtgärden en rubrik."));
    if (a.title.trimmed().size() > 300)
        throw ValidationError(QStringLiteral("title"), tr("Rubriken är för lång (högst 300 tecken)."));
    if (!RecordStore(m_db, Tables::actionKind()).isLive(a.kindId))
        throw ValidationError(QStringLiteral("kind_id"), tr("Välj en åtgärdstyp ur katalogen."));
    if (!RecordStore(m_db, Tables::orgUnit()).isLive(a.unitId))
        throw ValidationError(QStringLiteral("unit_id"), tr("Välj den enhet som åtgärden gäller."));
    if (a.siteId != 0 && !RecordStore(m_db, Tables::site()).isLive(a.siteId))
        throw ValidationError(QStringLiteral("site_id"), tr("Den valda lokalen finns inte."));
    if (a.responsibleId != 0 && !RecordStore(m_db, Tables::person()).isLive(a.responsibleId))
        throw ValidationError(QStringLiteral("responsible_id"),
                              tr("Den ansvariga finns inte bland personerna i registret."));
    if (a.startDate.isValid() && a.dueDate.isValid() && a.dueDate < a.startDate)
        throw ValidationError(QStringLiteral("due_date"),
                              tr("Åtgärden kan inte vara klar senast före den startar."));
    if (a.doneDate.isValid() && a.startDate.isValid() && a.doneDate < a.startDate)
        throw ValidationError(QStringLiteral("done_date"),
                              tr("Åtgärden kan inte vara genomförd före den startade."));
    if (a.estimatedCostKr < 0)
        throw ValidationError(QStringLiteral("estimated_cost_kr"),
                              tr("Den beräknade kostnaden kan inte vara negativ."));
    if (a.actualCostKr < 0)
        throw ValidationError(QStringLiteral("actual_cost_kr"),
                              tr("Den verkliga kostnaden kan inte vara negativ."));
    if (a.estimatedCostKr > kMaxCostKr || a.actualCostKr > kMaxCostKr)
        throw ValidationError(a.estimatedCostKr > kMaxCostKr ? QStringLiteral("estimated_cost_kr")
                                                             : QStringLiteral("actual_cost_kr"),
                              tr("Kostnaden är orimligt stor; ange den i hela kronor."));
}

void ActionRepository::removeDependants(qint64 id)
{
    // Its notes and links, and incidents' links to it, go with the action.
    for (const TableSpec* spec : {&Tables::actionNote(), &Tables::actionRisk(), &Tables::incidentAction()})
        DependentRows::remove(m_db, *spec, "action_id", id);
}

void ActionRepository::restoreDependants(qint64 id, const QString& removedAt)
{
    for (const TableSpec* spec : {&Tables::actionNote(), &Tables::actionRisk(), &Tables::incidentAction()})
        DependentRows::restore(m_db, *spec, "action_id", id, removedAt);
}

qint64 ActionRepository::createForRisk(const Action& action, qint64 riskId)
{
    Transaction tx(m_db);
    const qint64 id = create(action);
    ActionRisk link;
    link.actionId = id;
    link.riskId = riskId;
    ActionRiskRepository(m_db).create(link);
    tx.commit();
    return id;
}

} // namespace sakra
