#pragma once

#include "Incident.h"
#include "storage/ListQuery.h"

#include <QDate>
#include <optional>

namespace sakra {

enum class IncidentSort
{
    OccurredOn,
    Unit,
    Kind,
    Target,
    Channel,
    Severity,
    FollowUp
};

// What an incident list shows: filters, sorting (done in SQL) and the window of rows wanted.
struct IncidentQuery : ListQuery<IncidentSort, IncidentSort::OccurredOn, false>
{
    std::optional<Incident::Kind> kind;
    std::optional<Incident::Target> target;
    std::optional<Incident::Channel> channel;
    std::optional<Incident::FollowUp> followUp;
    QDate from;            // occurred on or after (invalid: no bound)
    QDate to;              // occurred on or before (invalid: no bound)
    int minSeverity = 0;   // 0: any
    bool openOnly = false; // follow-up not closed
    bool organisedCrimeOnly = false;
    bool seriousOnly = false;
    // Serious incidents still unreported to the Work Environment Authority after the deadline.
    bool overdueOnly = false;
    QDate today = QDate::currentDate();
    // text: in the description or the incident-system reference
};

struct IncidentRow
{
    Incident incident;
    qint64 id() const { return incident.id; }
    QString unitName;
    QString siteName;
};

} // namespace sakra
