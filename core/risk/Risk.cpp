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

} // namespace

const CodeTable<Risk::Status, 4> Risk::kStatuses{"sakra::Risk", kStatusCodes, kStatusLabels};

const Fields<Risk>& Risk::fields()
{
    using R = Risk;
    static const Fields<R> kFields(
        {bind::id("unit_id", &R::unitId),
         bind::id("site_id", &R::siteId),
         bind::id("inventory_id", &R::inventoryId),
         bind::id("category_id", &R::categoryId),
         bind::id("owner_id", &R::ownerId),
         bind::trimmed("title", &R::title),
         bind::text("description", &R::description),
         bind::trimmed("threat_source", &R::threatSource),
         bind::text("existing_controls", &R::existingControls),
         bind::integer("likelihood", &R::likelihood),
         bind::integer("consequence", &R::consequence),
         bind::custom("consequence_detail", &R::consequenceByDimension, detailJson, detailFrom),
         bind::optionalInt("residual_likelihood", &R::residualLikelihood),
         bind::optionalInt("residual_consequence", &R::residualConsequence),
         bind::custom("residual_detail", &R::residualByDimension, detailJson, detailFrom),
         bind::integer("level", &R::level),
         bind::optionalInt("residual_level", &R::residualLevel, -1),
         bind::code("status", &R::status, kStatuses, Status::Open),
         bind::date("assessed_on", &R::assessedOn),
         bind::integer("review_months", &R::reviewMonths),
         bind::date("next_review", &R::nextReview)});
    return kFields;
}

} // namespace sakra
