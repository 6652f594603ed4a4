#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

#include <QDate>
#include <optional>

namespace sakra {

// A training session or an exercise held at a unit: what kind, when, how many of how many took
// part, and when the next one is due when it recurs.
struct Training : StoredEntity<Training>
{
    enum class Kind
    {
        ThreatsViolence,
        LethalViolence,
        VisitorTreatment,
        AlarmDrill,
        Evacuation,
        Lockdown,
        FireDrill,
        CrisisExercise
    };
    static constexpr int kKindCount = 8;
    static constexpr int kMaxRecurrenceMonths = 120;

    Kind kind = Kind::ThreatsViolence;
    QString title; // optional; the kind's label names it otherwise
    qint64 unitId = 0;
    QDate heldOn;
    int participants = 0;
    int targetGroup = 0;      // staff the session was meant for (0: not given)
    int recurrenceMonths = 0; // 0: does not recur
    QDate nextDue;            // derived: heldOn + recurrenceMonths, invalid without recurrence

    QString note;

    // heldOn + months (a month end stays within the shorter month: 31 Jan + 1 = 28/29 Feb);
    // invalid when months is 0 or heldOn is invalid.
    static QDate nextDueFrom(const QDate& heldOn, int months);
    // Due date passed. Whether the unit is overdue depends on later sessions of the same kind too:
    // TrainingQuery::overdueOnly asks for the latest one per unit and kind.
    bool isPastDue(const QDate& today) const { return nextDue.isValid() && nextDue < today; }
    // Drills and exercises (as opposed to teaching): alarm drill, evacuation, lockdown, fire drill,
    // crisis exercise.
    static bool isExercise(Kind kind);

    static const CodeTable<Kind, kKindCount> kKinds;
    static QString kindCode(Kind value) { return kKinds.code(value); }
    static std::optional<Kind> kindFromCode(const QString& code) { return kKinds.fromCode(code); }
    static QString kindLabel(Kind value) { return kKinds.label(value); }
    // The title, or the kind's label when there is none.
    QString displayTitle() const;

    static const TableSpec& spec() { return Tables::training(); }
    static const Fields<Training>& fields();
};

} // namespace sakra
