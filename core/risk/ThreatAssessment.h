#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

#include <QDate>
#include <optional>

namespace sakra {

// A threat assessment (hotbildsbedömning) of a case: a threat against named staff or an elected
// official. Restricted: kept apart from risks and left out of every list, export and report
// unless it is asked for by name.
struct ThreatAssessment : StoredEntity<ThreatAssessment, Tables::threatAssessment>
{
    enum class ThreatLevel
    {
        Low,
        Moderate,
        High,
        Severe
    };
    enum class Status
    {
        Open,
        Closed
    };

    qint64 unitId = 0;
    QDate assessedOn;
    QString subject;     // who or what is threatened, as little as needed
    QString description; // what has happened and what is known of the threat
    ThreatLevel threatLevel = ThreatLevel::Moderate;
    QString measures;
    qint64 handledById = 0;
    Status status = Status::Open;
    QDate closedOn;
    QDate clearedOn; // when retention cleared its text and handler (RetentionRun); none: not cleared

    static const CodeTable<ThreatLevel, 4> kThreatLevels;

    static const Fields<ThreatAssessment>& fields();
};

} // namespace sakra
