#pragma once

#include "Incident.h"

#include <QDate>
#include <optional>

namespace sakra {

// What an incident list shows: filters, sorting (done in SQL) and the window of rows wanted.
struct IncidentQuery
{
    enum class Sort
    {
        OccurredOn,
        Unit,
        Kind,
        Target,
        Channel,
        Severity,
        FollowUp
    };

    qint64 scopeUnitId = 0; // 0: the whole register
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
    QString text; // in the description or the incident-system reference

    Sort sort = Sort::OccurredOn;
    bool ascending = false; // newest first
    int offset = 0;
    int limit = -1;
};

struct IncidentRow
{
    Incident incident;
    QString unitName;
    QString siteName;
};

} // namespace sakra
