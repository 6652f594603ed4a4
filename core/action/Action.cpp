#include "Action.h"

#include "storage/CodeTable.h"

#include <QCoreApplication>

namespace sakra {

namespace {
constexpr const char* kStatusCodes[] = {"planned", "in_progress", "done", "postponed", "cancelled"};
constexpr const char* kStatusLabels[] = {
    QT_TRANSLATE_NOOP("sakra::Action", "Planerad"), QT_TRANSLATE_NOOP("sakra::Action", "Pågående"),
    QT_TRANSLATE_NOOP("sakra::Action", "Genomförd"), QT_TRANSLATE_NOOP("sakra::Action", "Uppskjuten"),
    QT_TRANSLATE_NOOP("sakra::Action", "Avbruten")};
constexpr CodeTable<Action::Status, 5> kTable{"sakra::Action", kStatusCodes, kStatusLabels};

QString isoOrEmpty(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate dateOf(const QVariantMap& v, const char* key)
{
    return QDate::fromString(v.value(QLatin1String(key)).toString(), Qt::ISODate);
}
} // namespace

QString Action::statusCode(Status status)
{
    return kTable.code(status);
}

std::optional<Action::Status> Action::statusFromCode(const QString& code)
{
    return kTable.fromCode(code);
}

QString Action::statusLabel(Status status)
{
    return kTable.label(status);
}

Action Action::fromValues(const QVariantMap& v)
{
    Action a;
    a.readBase(v);
    a.title = v.value(QStringLiteral("title")).toString();
    a.description = v.value(QStringLiteral("description")).toString();
    a.kindId = v.value(QStringLiteral("kind_id")).toLongLong();
    a.unitId = v.value(QStringLiteral("unit_id")).toLongLong();
    a.siteId = v.value(QStringLiteral("site_id")).toLongLong();
    a.responsibleId = v.value(QStringLiteral("responsible_id")).toLongLong();
    a.status = statusFromCode(v.value(QStringLiteral("status")).toString()).value_or(Status::Planned);
    a.statusChangedOn = dateOf(v, "status_changed_on");
    a.startDate = dateOf(v, "start_date");
    a.dueDate = dateOf(v, "due_date");
    a.doneDate = dateOf(v, "done_date");
    a.estimatedCostKr = v.value(QStringLiteral("estimated_cost_kr")).toLongLong();
    a.actualCostKr = v.value(QStringLiteral("actual_cost_kr")).toLongLong();
    a.fitsBudget = v.value(QStringLiteral("fits_budget")).toInt() != 0;
    a.needsBoardDecision = v.value(QStringLiteral("needs_board_decision")).toInt() != 0;
    return a;
}

QVariantMap Action::toValues() const
{
    return {{QStringLiteral("title"), title.trimmed()},
            {QStringLiteral("description"), description},
            {QStringLiteral("kind_id"), kindId},
            {QStringLiteral("unit_id"), unitId},
            {QStringLiteral("site_id"), siteId},
            {QStringLiteral("responsible_id"), responsibleId},
            {QStringLiteral("status"), statusCode(status)},
            {QStringLiteral("status_changed_on"), isoOrEmpty(statusChangedOn)},
            {QStringLiteral("start_date"), isoOrEmpty(startDate)},
            {QStringLiteral("due_date"), isoOrEmpty(dueDate)},
            {QStringLiteral("done_date"), isoOrEmpty(doneDate)},
            {QStringLiteral("estimated_cost_kr"), estimatedCostKr},
            {QStringLiteral("actual_cost_kr"), actualCostKr},
            {QStringLiteral("fits_budget"), fitsBudget ? 1 : 0},
            {QStringLiteral("needs_board_decision"), needsBoardDecision ? 1 : 0}};
}

} // namespace sakra
