#include "Training.h"

#include "storage/CodeTable.h"

namespace sakra {

namespace {
constexpr const char* kKindCodes[] = {"threats_violence", "lethal_violence", "visitor_treatment",
                                      "alarm_drill",      "evacuation",      "lockdown",
                                      "fire_drill",       "crisis_exercise"};
constexpr const char* kKindLabels[] = {QT_TRANSLATE_NOOP("sakra::Training", "Hot och våld"),
                                       QT_TRANSLATE_NOOP("sakra::Training", "Pågående dödligt våld"),
                                       QT_TRANSLATE_NOOP("sakra::Training", "Bemötande av besökare"),
                                       QT_TRANSLATE_NOOP("sakra::Training", "Larmövning"),
                                       QT_TRANSLATE_NOOP("sakra::Training", "Utrymningsövning"),
                                       QT_TRANSLATE_NOOP("sakra::Training", "Inrymningsövning"),
                                       QT_TRANSLATE_NOOP("sakra::Training", "Brandövning"),
                                       QT_TRANSLATE_NOOP("sakra::Training", "Krisövning")};
constexpr CodeTable<Training::Kind, Training::kKindCount> kKinds{"sakra::Training", kKindCodes, kKindLabels};

QString isoOrEmpty(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate dateOf(const QVariantMap& v, const char* key)
{
    return QDate::fromString(v.value(QLatin1String(key)).toString(), Qt::ISODate);
}
} // namespace

QDate Training::nextDueFrom(const QDate& heldOn, int months)
{
    return heldOn.isValid() && months > 0 ? heldOn.addMonths(months) : QDate();
}

bool Training::isExercise(Kind kind)
{
    switch (kind) {
    case Kind::AlarmDrill:
    case Kind::Evacuation:
    case Kind::Lockdown:
    case Kind::FireDrill:
    case Kind::CrisisExercise: return true;
    case Kind::ThreatsViolence:
    case Kind::LethalViolence:
    case Kind::VisitorTreatment: return false;
    }
    return false;
}

QString Training::kindCode(Kind value)
{
    return kKinds.code(value);
}
std::optional<Training::Kind> Training::kindFromCode(const QString& code)
{
    return kKinds.fromCode(code);
}
QString Training::kindLabel(Kind value)
{
    return kKinds.label(value);
}

QString Training::displayTitle() const
{
    return title.trimmed().isEmpty() ? kindLabel(kind) : title.trimmed();
}

Training Training::fromValues(const QVariantMap& v)
{
    Training t;
    t.readBase(v);
    t.kind = kindFromCode(v.value(QStringLiteral("kind")).toString()).value_or(Kind::ThreatsViolence);
    t.title = v.value(QStringLiteral("title")).toString();
    t.unitId = v.value(QStringLiteral("unit_id")).toLongLong();
    t.heldOn = dateOf(v, "held_on");
    t.participants = v.value(QStringLiteral("participants")).toInt();
    t.targetGroup = v.value(QStringLiteral("target_group")).toInt();
    t.recurrenceMonths = v.value(QStringLiteral("recurrence_months")).toInt();
    t.nextDue = dateOf(v, "next_due");
    t.note = v.value(QStringLiteral("note")).toString();
    return t;
}

QVariantMap Training::toValues() const
{
    return {{QStringLiteral("kind"), kindCode(kind)},
            {QStringLiteral("title"), title.trimmed()},
            {QStringLiteral("unit_id"), unitId},
            {QStringLiteral("held_on"), isoOrEmpty(heldOn)},
            {QStringLiteral("participants"), participants},
            {QStringLiteral("target_group"), targetGroup},
            {QStringLiteral("recurrence_months"),
             recurrenceMonths > 0 ? QVariant(recurrenceMonths) : QVariant(QMetaType(QMetaType::LongLong))},
            {QStringLiteral("next_due"), isoOrEmpty(nextDue)},
            {QStringLiteral("note"), note}};
}

} // namespace sakra
