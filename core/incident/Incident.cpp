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

// A time of day as "HH:mm", the empty text when there is none.
QString timeText(const QTime& time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

QTime timeOf(const QVariant& text)
{
    return QTime::fromString(text.toString(), QStringLiteral("HH:mm"));
}
} // namespace

const CodeTable<Incident::FollowUp, Incident::kFollowUpCount> Incident::kFollowUps{kCtx, kFollowUpCodes,
                                                                                   kFollowUpLabels};

const CodeTable<Incident::Perpetrator, Incident::kPerpetratorCount> Incident::kPerpetrators{
    kCtx, kPerpetratorCodes, kPerpetratorLabels};

const CodeTable<Incident::Channel, Incident::kChannelCount> Incident::kChannels{kCtx, kChannelCodes,
                                                                                kChannelLabels};

const CodeTable<Incident::Kind, Incident::kKindCount> Incident::kKinds{kCtx, kKindCodes, kKindLabels};

const CodeTable<Incident::Target, Incident::kTargetCount> Incident::kTargets{kCtx, kTargetCodes,
                                                                             kTargetLabels};

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

const Fields<Incident>& Incident::fields()
{
    using R = Incident;
    static const Fields<R> kFields(
        {bind::date("occurred_on", &R::occurredOn),
         bind::custom("occurred_time", &R::occurredTime, timeText, timeOf),
         bind::id("unit_id", &R::unitId),
         bind::id("site_id", &R::siteId),
         bind::code("target", &R::target, kTargets, Target::Employee),
         bind::code("kind", &R::kind, kKinds, Kind::Other),
         bind::code("channel", &R::channel, kChannels, Channel::OnSite),
         bind::integer("severity", &R::severity),
         bind::trimmed("description", &R::description),
         bind::code("perpetrator", &R::perpetrator, kPerpetrators, Perpetrator::Unknown),
         bind::flag("organised_crime", &R::organisedCrime),
         bind::trimmed("system_ref", &R::systemRef),
         bind::flag("police_reported", &R::policeReported),
         bind::date("police_reported_on", &R::policeReportedOn),
         bind::flag("serious", &R::serious),
         bind::date("authority_reported_on", &R::authorityReportedOn),
         bind::flag("support_manager", &R::supportManager),
         bind::flag("support_occupational_health", &R::supportOccupationalHealth),
         bind::flag("support_crisis", &R::supportCrisis),
         bind::code("follow_up", &R::followUp, kFollowUps, FollowUp::New),
         bind::date("closed_on", &R::closedOn),
         bind::date("cleared_on", &R::clearedOn)});
    return kFields;
}

} // namespace sakra
