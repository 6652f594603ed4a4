#pragma once

#include "storage/CodeTable.h"
#include "storage/Fields.h"
#include "storage/Tables.h"

namespace sakra {

// How long the register keeps one kind of record before a retention run (gallring) clears its
// free text and personal references: the municipality's records-management plan, per kind. A
// kind without a rule, or with 0 months, is kept for ever. See docs/retention.md.
struct RetentionRule : StoredEntity<RetentionRule, Tables::retentionRule>
{
    enum class Kind
    {
        Incident,
        ThreatAssessment,
        PersonLeft
    };
    static constexpr int kKindCount = 3;
    static const CodeTable<Kind, kKindCount> kKinds;
    static constexpr int kMaxMonths = 1200;

    Kind kind = Kind::Incident;
    int months = 0;

    static const Fields<RetentionRule>& fields();
    // What a rule counts from, for people: "months after the incident was closed, or occurred".
    static QString basisText(Kind kind);
};

} // namespace sakra
