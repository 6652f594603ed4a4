#include "Action.h"

#include "storage/CodeTable.h"

#include <QCoreApplication>

namespace sakra {

namespace {
constexpr const char* kStatusCodes[] = {"planned",   "in_progress", "done",
                                        "postponed", "cancelled",   "ongoing"};
constexpr const char* kStatusLabels[] = {
    QT_TRANSLATE_NOOP("sakra::Action", "Planerad"),  QT_TRANSLATE_NOOP("sakra::Action", "Pågående"),
    QT_TRANSLATE_NOOP("sakra::Action", "Genomförd"), QT_TRANSLATE_NOOP("sakra::Action", "Uppskjuten"),
    QT_TRANSLATE_NOOP("sakra::Action", "Avbruten"),  QT_TRANSLATE_NOOP("sakra::Action", "Löpande")};

} // namespace

const CodeTable<Action::Status, Action::kStatusCount> Action::kStatuses{"sakra::Action", kStatusCodes,
                                                                        kStatusLabels};

const Fields<Action>& Action::fields()
{
    using R = Action;
    static const Fields<R> kFields(
        {bind::trimmed("title", &R::title), bind::text("description", &R::description),
         bind::id("kind_id", &R::kindId), bind::id("unit_id", &R::unitId), bind::id("site_id", &R::siteId),
         bind::id("responsible_id", &R::responsibleId),
         bind::code("status", &R::status, kStatuses, Status::Planned),
         bind::date("status_changed_on", &R::statusChangedOn), bind::date("start_date", &R::startDate),
         bind::date("due_date", &R::dueDate), bind::date("done_date", &R::doneDate),
         bind::integer("estimated_cost_kr", &R::estimatedCostKr),
         bind::integer("actual_cost_kr", &R::actualCostKr), bind::flag("fits_budget", &R::fitsBudget),
         bind::flag("needs_board_decision", &R::needsBoardDecision),
         bind::flag("cost_estimated", &R::costEstimated)});
    return kFields;
}

} // namespace sakra
