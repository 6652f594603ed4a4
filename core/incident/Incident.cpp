#include "Incident.h"

#include "storage/CodeTable.h"

namespace sakra {

namespace {
constexpr const char* kCtx = "sakra::Incident";

constexpr const char* kTargetCodes[] = {"employee", "elected_official", "other"};
constexpr const char* kTargetLabels[] = {QT_TRANSLATE_NOOP("sakra::Incident", "Anställd"),
                                         QT_TRANSLATE_NOOP("sakra::Incident", "Förtroendevald"),
                                         QT_TRANSLATE_NOOP("sakra::Incident", "Annan")};
constexpr const char* kKindCodes[] = {"threat",    "violence",  "harassment", "undue_influence",
                                      "vandalism", "near_miss", "other"};
constexpr const char* kKindLabels[] = {QT_TRANSLATE_NOOP("sakra::Incident", "Hot"),
                                       QT_TRANSLATE_NOOP("sakra::Incident", "Våld"),
                                       QT_TRANSLATE_NOOP("sakra::Incident", "Trakasserier"),
                                       QT_TRANSLATE_NOOP("sakra::Incident", "Otillåten påverkan"),
                                       QT_TRANSLATE_NOOP("sakra::Incident", "Skadegörelse"),
                                       QT_TRANSLATE_NOOP("sakra::Incident", "Tillbud"),
                                       QT_TRANSLATE_NOOP("sakra::Incident", "Annat")};
constexpr const char* kChannelCodes[] = {"on_site",      "phone",      "email",
                                         "social_media", "home_visit", "outside_work"};
constexpr const char* kChannelLabels[] = {QT_TRANSLATE_NOOP("sakra::Incident", "På plats"),
                                          QT_TRANSLATE_NOOP("sakra::Incident", "Telefon"),
                                          QT_TRANSLATE_NOOP("sakra::Incident", "E-post"),
                                          QT_TRANSLATE_NOOP("sakra::Incident", "Sociala medier"),
                                          QT_TRANSLATE_NOOP("sakra::Incident", "Hembesök"),
                                          QT_TRANSLATE_NOOP("sakra::Incident", "Utanför arbetstid")};
constexpr const char* kPerpetratorCodes[] = {"client", "relative", "unknown", "colleague", "other"};
constexpr const char* kPerpetratorLabels[] = {
    QT_TRANSLATE_NOOP("sakra::Incident", "Brukare, elev eller klient"),
    QT_TRANSLATE_NOOP("sakra::Incident", "Anhörig"), QT_TRANSLATE_NOOP("sakra::Incident", "Okänd"),
    QT_TRANSLATE_NOOP("sakra::Incident", "Kollega"), QT_TRANSLATE_NOOP("sakra::Incident", "Annan")};
constexpr const char* kFollowUpCodes[] = {"new", "investigating", "measures", "closed"};
constexpr const char* kFollowUpLabels[] = {
    QT_TRANSLATE_NOOP("sakra::Incident", "Ny"), QT_TRANSLATE_NOOP("sakra::Incident", "Utreds"),
    QT_TRANSLATE_NOOP("sakra::Incident", "Åtgärder pågår"), QT_TRANSLATE_NOOP("sakra::Incident", "Avslutad")};
constexpr const char* kSeverityLabels[] = {QT_TRANSLATE_NOOP("sakra::Incident", "1 – Lindrig"),
                                           QT_TRANSLATE_NOOP("sakra::Incident", "2 – Måttlig"),
                                           QT_TRANSLATE_NOOP("sakra::Incident", "3 – Allvarlig"),
                                           QT_TRANSLATE_NOOP("sakra::Incident", "4 – Mycket allvarlig")};

constexpr CodeTable<Incident::Target, Incident::kTargetCount> kTargets{kCtx, kTargetCodes, kTargetLabels};
constexpr CodeTable<Incident::Kind, Incident::kKindCount> kKinds{kCtx, kKindCodes, kKindLabels};
constexpr CodeTable<Incident::Channel, Incident::kChannelCount> kChannels{kCtx, kChannelCodes,
                                                                          kChannelLabels};
constexpr CodeTable<Incident::Perpetrator, Incident::kPerpetratorCount> kPerpetrators{kCtx, kPerpetratorCodes,
                                                                                      kPerpetratorLabels};
constexpr CodeTable<Incident::FollowUp, Incident::kFollowUpCount> kFollowUps{kCtx, kFollowUpCodes,
                                                                             kFollowUpLabels};

QString isoOrEmpty(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate dateOf(const QVariantMap& v, const char* key)
{
    return QDate::fromString(v.value(QLatin1String(key)).toString(), Qt::ISODate);
}

bool flag(const QVariantMap& v, const char* key)
{
    return v.value(QLatin1String(key)).toInt() != 0;
}
} // namespace

// The Work Environment Authority wants a serious incident reported "utan dröjsmål" (without
// delay; Arbetsmiljöförordningen 2 § and AFS 2023:2). The rule names no number of days, so the
// register takes the next calendar day after the incident as the last day: this is the one place
// that says so, and everything that shows or counts the deadline calls it.
QDate Incident::authorityDeadlineFor(const QDate& occurredOn)
{
    return occurredOn.isValid() ? occurredOn.addDays(1) : QDate();
}

QDate Incident::authorityDeadline() const
{
    return serious ? authorityDeadlineFor(occurredOn) : QDate();
}

bool Incident::authorityReportMissed(const QDate& today) const
{
    if (!serious || !occurredOn.isValid())
        return false;
    const QDate deadline = authorityDeadline();
    return authorityReportedOn.isValid() ? authorityReportedOn > deadline : today > deadline;
}

bool Incident::authorityReportPending(const QDate& today) const
{
    return serious && occurredOn.isValid() && !authorityReportedOn.isValid() && today <= authorityDeadline();
}

QString Incident::targetCode(Target value)
{
    return kTargets.code(value);
}
std::optional<Incident::Target> Incident::targetFromCode(const QString& code)
{
    return kTargets.fromCode(code);
}
QString Incident::targetLabel(Target value)
{
    return kTargets.label(value);
}
QString Incident::kindCode(Kind value)
{
    return kKinds.code(value);
}
std::optional<Incident::Kind> Incident::kindFromCode(const QString& code)
{
    return kKinds.fromCode(code);
}
QString Incident::kindLabel(Kind value)
{
    return kKinds.label(value);
}
QString Incident::channelCode(Channel value)
{
    return kChannels.code(value);
}
std::optional<Incident::Channel> Incident::channelFromCode(const QString& code)
{
    return kChannels.fromCode(code);
}
QString Incident::channelLabel(Channel value)
{
    return kChannels.label(value);
}
QString Incident::perpetratorCode(Perpetrator value)
{
    return kPerpetrators.code(value);
}
std::optional<Incident::Perpetrator> Incident::perpetratorFromCode(const QString& code)
{
    return kPerpetrators.fromCode(code);
}
QString Incident::perpetratorLabel(Perpetrator value)
{
    return kPerpetrators.label(value);
}
QString Incident::followUpCode(FollowUp value)
{
    return kFollowUps.code(value);
}
std::optional<Incident::FollowUp> Incident::followUpFromCode(const QString& code)
{
    return kFollowUps.fromCode(code);
}
QString Incident::followUpLabel(FollowUp value)
{
    return kFollowUps.label(value);
}

QString Incident::severityLabel(int severity)
{
    if (severity < kMinSeverity || severity > kMaxSeverity)
        return QString();
    return QCoreApplication::translate(kCtx, kSeverityLabels[severity - 1]);
}

QString Incident::descriptionHint()
{
    return QCoreApplication::translate(kCtx, "Beskriv vad som hände utan namn eller personnummer; "
                                             "uppgifter om personer hör hemma i incidentsystemet.");
}

Incident Incident::fromValues(const QVariantMap& v)
{
    Incident i;
    i.readBase(v);
    i.occurredOn = dateOf(v, "occurred_on");
    i.occurredTime =
        QTime::fromString(v.value(QStringLiteral("occurred_time")).toString(), QStringLiteral("HH:mm"));
    i.unitId = v.value(QStringLiteral("unit_id")).toLongLong();
    i.siteId = v.value(QStringLiteral("site_id")).toLongLong();
    i.target = targetFromCode(v.value(QStringLiteral("target")).toString()).value_or(Target::Employee);
    i.kind = kindFromCode(v.value(QStringLiteral("kind")).toString()).value_or(Kind::Other);
    i.channel = channelFromCode(v.value(QStringLiteral("channel")).toString()).value_or(Channel::OnSite);
    i.severity = v.value(QStringLiteral("severity")).toInt();
    i.description = v.value(QStringLiteral("description")).toString();
    i.perpetrator =
        perpetratorFromCode(v.value(QStringLiteral("perpetrator")).toString()).value_or(Perpetrator::Unknown);
    i.organisedCrime = flag(v, "organised_crime");
    i.systemRef = v.value(QStringLiteral("system_ref")).toString();
    i.policeReported = flag(v, "police_reported");
    i.policeReportedOn = dateOf(v, "police_reported_on");
    i.serious = flag(v, "serious");
    i.authorityReportedOn = dateOf(v, "authority_reported_on");
    i.supportManager = flag(v, "support_manager");
    i.supportOccupationalHealth = flag(v, "support_occupational_health");
    i.supportCrisis = flag(v, "support_crisis");
    i.followUp = followUpFromCode(v.value(QStringLiteral("follow_up")).toString()).value_or(FollowUp::New);
    i.closedOn = dateOf(v, "closed_on");
    return i;
}

QVariantMap Incident::toValues() const
{
    return {{QStringLiteral("occurred_on"), isoOrEmpty(occurredOn)},
            {QStringLiteral("occurred_time"),
             occurredTime.isValid() ? occurredTime.toString(QStringLiteral("HH:mm")) : QString()},
            {QStringLiteral("unit_id"), unitId},
            {QStringLiteral("site_id"), siteId},
            {QStringLiteral("target"), targetCode(target)},
            {QStringLiteral("kind"), kindCode(kind)},
            {QStringLiteral("channel"), channelCode(channel)},
            {QStringLiteral("severity"), severity},
            {QStringLiteral("description"), description.trimmed()},
            {QStringLiteral("perpetrator"), perpetratorCode(perpetrator)},
            {QStringLiteral("organised_crime"), organisedCrime ? 1 : 0},
            {QStringLiteral("system_ref"), systemRef.trimmed()},
            {QStringLiteral("police_reported"), policeReported ? 1 : 0},
            {QStringLiteral("police_reported_on"), isoOrEmpty(policeReportedOn)},
            {QStringLiteral("serious"), serious ? 1 : 0},
            {QStringLiteral("authority_reported_on"), isoOrEmpty(authorityReportedOn)},
            {QStringLiteral("support_manager"), supportManager ? 1 : 0},
            {QStringLiteral("support_occupational_health"), supportOccupationalHealth ? 1 : 0},
            {QStringLiteral("support_crisis"), supportCrisis ? 1 : 0},
            {QStringLiteral("follow_up"), followUpCode(followUp)},
            {QStringLiteral("closed_on"), isoOrEmpty(closedOn)}};
}

} // namespace sakra
