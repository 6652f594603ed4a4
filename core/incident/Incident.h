#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

#include <QDate>
#include <QTime>
#include <optional>

namespace sakra {

// A threat, act of violence, harassment or other event against someone working for the
// municipality (staff or elected officials), recorded as the work-environment rules want: what
// happened, where, through which channel, what support was offered and how it was followed up.
// The description is free text that by default names nobody; the value has no personal fields.
struct Incident : StoredEntity<Incident, Tables::incident>
{
    enum class Target
    {
        Employee,
        ElectedOfficial,
        Other
    };
    enum class Kind
    {
        Threat,
        Violence,
        Harassment,
        UndueInfluence,
        Vandalism,
        NearMiss,
        Other
    };
    enum class Channel
    {
        OnSite,
        Phone,
        Email,
        SocialMedia,
        HomeVisit,
        OutsideWork
    };
    enum class Perpetrator
    {
        Client,
        Relative,
        Unknown,
        Colleague,
        Other
    };
    enum class FollowUp
    {
        New,
        Investigating,
        Measures,
        Closed
    };
    static constexpr int kTargetCount = 3;
    static constexpr int kKindCount = 7;
    static constexpr int kChannelCount = 6;
    static constexpr int kPerpetratorCount = 5;
    static constexpr int kFollowUpCount = 4;
    static constexpr int kMinSeverity = 1;
    static constexpr int kMaxSeverity = 4;

    QDate occurredOn;
    QTime occurredTime; // invalid: not known
    qint64 unitId = 0;
    qint64 siteId = 0; // 0: none
    Target target = Target::Employee;
    Kind kind = Kind::Threat;
    Channel channel = Channel::OnSite;
    int severity = 1; // 1 (minor) .. 4 (very serious)
    QString description;
    Perpetrator perpetrator = Perpetrator::Unknown;
    bool organisedCrime = false; // suspected link to organised crime (seed 001)
    QString systemRef;           // reference in the municipality's incident system (KIA, IA)
    bool policeReported = false;
    QDate policeReportedOn;    // only when policeReported; may stay unknown
    bool serious = false;      // a serious incident the Work Environment Authority must be told of
    QDate authorityReportedOn; // only when serious
    bool supportManager = false;
    bool supportOccupationalHealth = false;
    bool supportCrisis = false;
    FollowUp followUp = FollowUp::New;
    QDate closedOn;  // required when followUp is Closed, refused otherwise
    QDate clearedOn; // when retention cleared its free text (RetentionRun); none: not cleared

    bool supportOffered() const { return supportManager || supportOccupationalHealth || supportCrisis; }
    bool isClosed() const { return followUp == FollowUp::Closed; }

    // The last day a serious incident may be reported to the Work Environment Authority.
    static QDate authorityDeadlineFor(const QDate& occurredOn);
    // authorityDeadlineFor(occurredOn) for a serious incident, an invalid date otherwise.
    QDate authorityDeadline() const;
    // Serious and either still unreported after the deadline or reported after it.
    bool authorityReportMissed(const QDate& today) const;
    // Serious, unreported and the deadline not yet passed: the report is still to be made in time.
    bool authorityReportPending(const QDate& today) const;

    static const CodeTable<Target, kTargetCount> kTargets;
    static const CodeTable<Kind, kKindCount> kKinds;
    static const CodeTable<Channel, kChannelCount> kChannels;
    static const CodeTable<Perpetrator, kPerpetratorCount> kPerpetrators;
    static const CodeTable<FollowUp, kFollowUpCount> kFollowUps;
    // "1 – Lindrig" .. "4 – Mycket allvarlig"; empty outside 1..4.
    static QString severityLabel(int severity);
    // What the description field shows while empty: it asks for no names.
    static QString descriptionHint();

    static const Fields<Incident>& fields();
};

} // namespace sakra
