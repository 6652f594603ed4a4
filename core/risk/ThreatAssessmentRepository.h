#pragma once

#include "ThreatAssessment.h"
#include "storage/DatedRecordRepository.h"

#include <vector>

namespace sakra {

// Threat assessments are restricted: this repository is the only way to them, and nothing else in
// core lists, counts in reports or exports them unless the caller asks for them by name.
class ThreatAssessmentRepository : public DatedRecordRepository<ThreatAssessment>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::ThreatAssessmentRepository)

public:
    explicit ThreatAssessmentRepository(Database& db);

    // Newest first; scope 0: all.
    std::vector<ThreatAssessment> listRestricted(qint64 scopeUnitId) const
    {
        return newestFirst(scopeUnitId);
    }

protected:
    void validate(const ThreatAssessment& assessment) const override;
};

} // namespace sakra
