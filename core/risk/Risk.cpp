#include "Risk.h"

#include "storage/CodeTable.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace sakra {

namespace {
constexpr const char* kStatusCodes[] = {"open", "treated", "accepted", "closed"};
constexpr const char* kStatusLabels[] = {
    QT_TRANSLATE_NOOP("sakra::Risk", "Öppen"), QT_TRANSLATE_NOOP("sakra::Risk", "Åtgärdad"),
    QT_TRANSLATE_NOOP("sakra::Risk", "Accepterad"), QT_TRANSLATE_NOOP("sakra::Risk", "Avslutad")};
constexpr CodeTable<Risk::Status, 4> kTable{"sakra::Risk", kStatusCodes, kStatusLabels};

QString detailJson(const QMap<QString, int>& values)
{
    if (values.isEmpty())
        return {};
    QJsonObject o;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, int> detailFrom(const QVariant& v)
{
    QMap<QString, int> out;
    const QJsonObject o = QJsonDocument::fromJson(v.toString().toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toInt());
    return out;
}

QVariant optionalInt(int value, int none)
{
    return value == none ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(value);
}
} // namespace

QString Risk::statusCode(Status status)
{
    return kTable.code(status);
}

std::optional<Risk::Status> Risk::statusFromCode(const QString& code)
{
    return kTable.fromCode(code);
}

QString Risk::statusLabel(Status status)
{
    return kTable.label(status);
}

Risk Risk::fromValues(const QVariantMap& v)
{
    Risk r;
    r.readBase(v);
    r.unitId = v.value(QStringLiteral("unit_id")).toLongLong();
    r.siteId = v.value(QStringLiteral("site_id")).toLongLong();
    r.inventoryId = v.value(QStringLiteral("inventory_id")).toLongLong();
    r.categoryId = v.value(QStringLiteral("category_id")).toLongLong();
    r.ownerId = v.value(QStringLiteral("owner_id")).toLongLong();
    r.title = v.value(QStringLiteral("title")).toString();
    r.description = v.value(QStringLiteral("description")).toString();
    r.threatSource = v.value(QStringLiteral("threat_source")).toString();
    r.existingControls = v.value(QStringLiteral("existing_controls")).toString();
    r.likelihood = v.value(QStringLiteral("likelihood")).toInt();
    r.consequence = v.value(QStringLiteral("consequence")).toInt();
    r.consequenceByDimension = detailFrom(v.value(QStringLiteral("consequence_detail")));
    r.residualLikelihood = v.value(QStringLiteral("residual_likelihood")).toInt();
    r.residualConsequence = v.value(QStringLiteral("residual_consequence")).toInt();
    r.residualByDimension = detailFrom(v.value(QStringLiteral("residual_detail")));
    r.level = v.value(QStringLiteral("level")).toInt();
    const QVariant residualLevel = v.value(QStringLiteral("residual_level"));
    r.residualLevel = residualLevel.isNull() ? -1 : residualLevel.toInt();
    r.status = statusFromCode(v.value(QStringLiteral("status")).toString()).value_or(Status::Open);
    r.assessedOn = QDate::fromString(v.value(QStringLiteral("assessed_on")).toString(), Qt::ISODate);
    r.reviewMonths = v.value(QStringLiteral("review_months")).toInt();
    r.nextReview = QDate::fromString(v.value(QStringLiteral("next_review")).toString(), Qt::ISODate);
    return r;
}

QVariantMap Risk::toValues() const
{
    return {
        {QStringLiteral("unit_id"), unitId},
        {QStringLiteral("site_id"), siteId},
        {QStringLiteral("inventory_id"), inventoryId},
        {QStringLiteral("category_id"), categoryId},
        {QStringLiteral("owner_id"), ownerId},
        {QStringLiteral("title"), title.trimmed()},
        {QStringLiteral("description"), description},
        {QStringLiteral("threat_source"), threatSource.trimmed()},
        {QStringLiteral("existing_controls"), existingControls},
        {QStringLiteral("likelihood"), likelihood},
        {QStringLiteral("consequence"), consequence},
        {QStringLiteral("consequence_detail"), detailJson(consequenceByDimension)},
        {QStringLiteral("residual_likelihood"), optionalInt(residualLikelihood, 0)},
        {QStringLiteral("residual_consequence"), optionalInt(residualConsequence, 0)},
        {QStringLiteral("residual_detail"), detailJson(residualByDimension)},
        {QStringLiteral("level"), level},
        {QStringLiteral("residual_level"), optionalInt(residualLevel, -1)},
        {QStringLiteral("status"), statusCode(status)},
        {QStringLiteral("assessed_on"), assessedOn.isValid() ? assessedOn.toString(Qt::ISODate) : QString()},
        {QStringLiteral("review_months"), reviewMonths},
        {QStringLiteral("next_review"), nextReview.isValid() ? nextReview.toString(Qt::ISODate) : QString()}};
}

} // namespace sakra
