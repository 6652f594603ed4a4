#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

#include <QDate>
#include <optional>

namespace sakra {

// A routine, plan or checklist for security work: whether it is written down, when it was
// adopted and last reviewed, when the next review is due, and whether the staff know it. The
// units it covers are RoutineUnit rows.
struct Routine : StoredEntity<Routine, Tables::routine>
{
    enum class Kind
    {
        Security,
        ThreatsViolence,
        Alarm,
        HomeVisit,
        Support,
        OutsideWork,
        CrisisPlan,
        PreparednessPlan,
        Checklist,
        ActionPlan,
        DoubleStaffing // two staff together where one alone would need an alarm
    };
    enum class Known
    {
        Yes,
        Partly,
        No,
        Unknown // "vet ej": nobody has found out
    };
    static constexpr int kKindCount = 11;
    static constexpr int kKnownCount = 4;
    static constexpr int kMaxReviewMonths = 60;

    QString title;
    Kind kind = Kind::Security;
    bool documented = true;
    QDate adoptedOn;
    qint64 ownerId = 0;   // person, 0: none
    int reviewMonths = 0; // 0: no review interval
    QDate lastReviewOn;
    QDate nextReview; // derived: (lastReviewOn or adoptedOn) + reviewMonths
    Known knownByStaff = Known::No;
    QDate staffBriefedOn; // last gone through at a workplace meeting
    QString documentLink;
    QString note;
    // Meant for elected officials (seed 002: guidance on their security and at public meetings);
    // the self-assessment's question on elected officials reads these.
    bool electedOfficials = false;

    // (lastReviewOn, else adoptedOn) + months; invalid without months or without either date.
    static QDate nextReviewFrom(const QDate& adoptedOn, const QDate& lastReviewOn, int months);
    bool isReviewOverdue(const QDate& today) const { return nextReview.isValid() && nextReview < today; }

    static const CodeTable<Kind, kKindCount> kKinds;
    static const CodeTable<Known, kKnownCount> kKnown;

    static const Fields<Routine>& fields();
};

} // namespace sakra
