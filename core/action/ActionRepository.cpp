#include "ActionRepository.h"

#include "ActionRiskRepository.h"
#include "storage/DependentRows.h"
#include "storage/Query.h"
#include "storage/SqlSnippets.h"
#include "storage/Today.h"

namespace sakra {

namespace {

const char* const kOpen = "a.status IN ('planned','in_progress')";

ListFilter filterFor(const ActionQuery& q)
{
    ListFilter f("a");
    f.inScope("a.unit_id", q.scopeUnitId);
    if (q.status)
        f.equals("a.status", Action::kStatuses.code(*q.status));
    if (q.kindId > 0)
        f.equals("a.kind_id", q.kindId);
    if (q.responsibleId > 0)
        f.equals("a.responsible_id", q.responsibleId);
    if (q.riskId > 0)
        f.where(QStringLiteral(
                    "a.id IN (SELECT action_id FROM action_risk WHERE risk_id = ? AND deleted_at IS NULL)"),
                {q.riskId});
    const QString today = q.today.toString(Qt::ISODate);
    if (q.overdueOnly) // in the form the index action_open_due answers, in due order
        f.where(QStringLiteral("(") + QLatin1String(kOpen) +
                    QStringLiteral(") = 1 AND (a.due_date IS NULL) = 0 AND a.due_date < ?"),
                {today});
    if (q.dueWithinDays >= 0) // a range of the same index, past the undated
        f.where(
            QStringLiteral("(") + QLatin1String(kOpen) +
                QStringLiteral(") = 1 AND (a.due_date IS NULL) = 0 AND a.due_date >= ? AND a.due_date <= ?"),
            {today, q.today.addDays(q.dueWithinDays).toString(Qt::ISODate)});
    if (q.needsDecisionOnly)
        f.where(QStringLiteral("a.needs_board_decision = 1"));
    f.matches(q.text, "a.id", "action");
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
    // Undated actions last either way: going down SQLite puts them last by itself.
    // Overdue or due soon: every row has a due date, and the order is the index action_open_due's
    // (after its two parts the filter fixes), so a page is read in order and the scan stops there.
    if (q.sort == ActionQuery::Sort::DueDate && (q.overdueOnly || q.dueWithinDays >= 0))
        return SqlSnippets::orderById(QStringLiteral("a.due_date"), "a", q.ascending);
    if (q.sort == ActionQuery::Sort::DueDate)
        return q.ascending ? SqlSnippets::orderNullsLastById(QStringLiteral("a.due_date"), "a", true)
                           : SqlSnippets::orderById(QStringLiteral("a.due_date"), "a", false);
    return SqlSnippets::orderById(column, "a", q.ascending);
}

// The latest note per action, found through the (action_id, noted_on, id) index.
QString latestNote(const char* column)
{
    return QStringLiteral("(SELECT n.%1 FROM action_note n WHERE n.action_id = a.id AND n.deleted_at IS NULL "
                          "ORDER BY n.noted_on DESC, n.id DESC LIMIT 1)")
        .arg(QLatin1String(column));
}

ActionRepository::Listing listing()
{
    return {
        "a",
        QStringLiteral(", u.name, k.name, p.name, ") + latestNote("text") + QStringLiteral(", ") +
            latestNote("noted_on") + QStringLiteral(", s.name"),
        QStringLiteral(" JOIN org_unit u ON u.id = a.unit_id JOIN action_kind k ON k.id = a.kind_id "
                       "LEFT JOIN person p ON p.id = a.responsible_id LEFT JOIN site s ON s.id = a.site_id"),
        filterFor,
        orderBy,
        [](Action a, const SqliteStatement& q, int n) {
            return ActionRow{std::move(a),
                             q.value(n).toString(),
                             q.value(n + 1).toString(),
                             q.value(n + 2).toString(),
                             q.value(n + 3).toString(),
                             QDate::fromString(q.value(n + 4).toString(), Qt::ISODate),
                             q.value(n + 5).toString()};
        }};
}

} // namespace

ActionRepository::ActionRepository(Database& db) : ListRepository(db, listing()) {}

void ActionRepository::completeDerived(Action& a) const
{
    const QDate today = Today::date();
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
    // No estimate is no figure: nothing is summed for it.
    if (!a.costEstimated)
        a.estimatedCostKr = 0;
}

void ActionRepository::validate(const Action& a) const
{
    requireText("title", a.title, tr("Ge åtgärden en rubrik."));
    requireAtMost("title", a.title, 300, tr("Rubriken är för lång (högst 300 tecken)."));
    requireLive("kind_id", Tables::actionKind(), a.kindId, tr("Välj en åtgärdstyp ur katalogen."));
    requireLive("unit_id", Tables::orgUnit(), a.unitId, tr("Välj den enhet som åtgärden gäller."));
    requireLiveOrNone("site_id", Tables::site(), a.siteId, tr("Den valda lokalen finns inte."));
    requireLiveOrNone("responsible_id", Tables::person(), a.responsibleId,
                      tr("Den ansvariga finns inte bland personerna i registret."));
    requireNotBefore("due_date", a.dueDate, a.startDate,
                     tr("Åtgärden kan inte vara klar senast före den startar."));
    requireNotBefore("done_date", a.doneDate, a.startDate,
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
    ActionRiskRepository(m_db).link(id, riskId);
    tx.commit();
    return id;
}

} // namespace sakra
