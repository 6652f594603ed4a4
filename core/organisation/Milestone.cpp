#include "Milestone.h"

#include "storage/CodeTable.h"
#include "storage/Tables.h"

#include <QCoreApplication>

namespace sakra {

namespace {
constexpr const char* kStatusCodes[] = {"planned", "in_progress", "done", "postponed"};
constexpr const char* kStatusLabels[] = {
    QT_TRANSLATE_NOOP("sakra::Milestone", "Planerad"), QT_TRANSLATE_NOOP("sakra::Milestone", "Pågående"),
    QT_TRANSLATE_NOOP("sakra::Milestone", "Genomförd"), QT_TRANSLATE_NOOP("sakra::Milestone", "Uppskjuten")};
constexpr CodeTable<Milestone::Status, 4> kTable{"sakra::Milestone", kStatusCodes, kStatusLabels};
} // namespace

QString Milestone::statusCode(Status status)
{
    return kTable.code(status);
}

std::optional<Milestone::Status> Milestone::statusFromCode(const QString& code)
{
    return kTable.fromCode(code);
}

QString Milestone::statusLabel(Status status)
{
    return kTable.label(status);
}

Milestone Milestone::fromValues(const QVariantMap& v)
{
    Milestone m;
    m.readBase(v);
    m.title = v.value(QStringLiteral("title")).toString();
    m.level = securityLevelFromCode(v.value(QStringLiteral("level")).toString());
    m.targetDate = QDate::fromString(v.value(QStringLiteral("target_date")).toString(), Qt::ISODate);
    m.status = statusFromCode(v.value(QStringLiteral("status")).toString()).value_or(Status::Planned);
    m.note = v.value(QStringLiteral("note")).toString();
    return m;
}

QVariantMap Milestone::toValues() const
{
    return {{QStringLiteral("title"), title.trimmed()},
            {QStringLiteral("level"), level ? securityLevelCode(*level) : QString()},
            {QStringLiteral("target_date"), targetDate.toString(Qt::ISODate)},
            {QStringLiteral("status"), statusCode(status)},
            {QStringLiteral("note"), note}};
}

} // namespace sakra
