#include "Routine.h"

#include "storage/CodeTable.h"

namespace sakra {

namespace {
constexpr const char* kKindCodes[] = {"security",  "threats_violence", "alarm",       "home_visit",
                                      "support",   "outside_work",     "crisis_plan", "preparedness_plan",
                                      "checklist", "action_plan"};
constexpr const char* kKindLabels[] = {QT_TRANSLATE_NOOP("sakra::Routine", "Säkerhetsrutin"),
                                       QT_TRANSLATE_NOOP("sakra::Routine", "Rutin mot hot och våld"),
                                       QT_TRANSLATE_NOOP("sakra::Routine", "Larmrutin"),
                                       QT_TRANSLATE_NOOP("sakra::Routine", "Rutin för hembesök"),
                                       QT_TRANSLATE_NOOP("sakra::Routine", "Stöd till drabbade"),
                                       QT_TRANSLATE_NOOP("sakra::Routine", "Händelser utanför arbetstid"),
                                       QT_TRANSLATE_NOOP("sakra::Routine", "Krisplan"),
                                       QT_TRANSLATE_NOOP("sakra::Routine", "Beredskapsplan"),
                                       QT_TRANSLATE_NOOP("sakra::Routine", "Checklista"),
                                       QT_TRANSLATE_NOOP("sakra::Routine", "Handlingsplan")};
constexpr const char* kKnownCodes[] = {"yes", "partly", "no"};
constexpr const char* kKnownLabels[] = {QT_TRANSLATE_NOOP("sakra::Routine", "Ja"),
                                        QT_TRANSLATE_NOOP("sakra::Routine", "Delvis"),
                                        QT_TRANSLATE_NOOP("sakra::Routine", "Nej")};
constexpr CodeTable<Routine::Kind, Routine::kKindCount> kKinds{"sakra::Routine", kKindCodes, kKindLabels};
constexpr CodeTable<Routine::Known, Routine::kKnownCount> kKnown{"sakra::Routine", kKnownCodes, kKnownLabels};

QString isoOrEmpty(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate dateOf(const QVariantMap& v, const char* key)
{
    return QDate::fromString(v.value(QLatin1String(key)).toString(), Qt::ISODate);
}
} // namespace

QDate Routine::nextReviewFrom(const QDate& adoptedOn, const QDate& lastReviewOn, int months)
{
    const QDate from = lastReviewOn.isValid() ? lastReviewOn : adoptedOn;
    return from.isValid() && months > 0 ? from.addMonths(months) : QDate();
}

QString Routine::kindCode(Kind value)
{
    return kKinds.code(value);
}
std::optional<Routine::Kind> Routine::kindFromCode(const QString& code)
{
    return kKinds.fromCode(code);
}
QString Routine::kindLabel(Kind value)
{
    return kKinds.label(value);
}
QString Routine::knownCode(Known value)
{
    return kKnown.code(value);
}
std::optional<Routine::Known> Routine::knownFromCode(const QString& code)
{
    return kKnown.fromCode(code);
}
QString Routine::knownLabel(Known value)
{
    return kKnown.label(value);
}

Routine Routine::fromValues(const QVariantMap& v)
{
    Routine r;
    r.readBase(v);
    r.title = v.value(QStringLiteral("title")).toString();
    r.kind = kindFromCode(v.value(QStringLiteral("kind")).toString()).value_or(Kind::Security);
    r.documented = v.value(QStringLiteral("documented")).toInt() != 0;
    r.adoptedOn = dateOf(v, "adopted_on");
    r.ownerId = v.value(QStringLiteral("owner_id")).toLongLong();
    r.reviewMonths = v.value(QStringLiteral("review_months")).toInt();
    r.lastReviewOn = dateOf(v, "last_review_on");
    r.nextReview = dateOf(v, "next_review");
    r.knownByStaff = knownFromCode(v.value(QStringLiteral("known_by_staff")).toString()).value_or(Known::No);
    r.staffBriefedOn = dateOf(v, "staff_briefed_on");
    r.documentLink = v.value(QStringLiteral("document_link")).toString();
    r.note = v.value(QStringLiteral("note")).toString();
    return r;
}

QVariantMap Routine::toValues() const
{
    return {{QStringLiteral("title"), title.trimmed()},
            {QStringLiteral("kind"), kindCode(kind)},
            {QStringLiteral("documented"), documented ? 1 : 0},
            {QStringLiteral("adopted_on"), isoOrEmpty(adoptedOn)},
            {QStringLiteral("owner_id"), ownerId},
            {QStringLiteral("review_months"),
             reviewMonths > 0 ? QVariant(reviewMonths) : QVariant(QMetaType(QMetaType::LongLong))},
            {QStringLiteral("last_review_on"), isoOrEmpty(lastReviewOn)},
            {QStringLiteral("next_review"), isoOrEmpty(nextReview)},
            {QStringLiteral("known_by_staff"), knownCode(knownByStaff)},
            {QStringLiteral("staff_briefed_on"), isoOrEmpty(staffBriefedOn)},
            {QStringLiteral("document_link"), documentLink.trimmed()},
            {QStringLiteral("note"), note}};
}

} // namespace sakra
