#pragma once

#include "ReportDocument.h"

namespace sakra::report {

class ReportContext;

// The security organisation's yearly follow-up: the three levels, planned against filled posts per
// administration, requirement profiles, implementation milestones and budget per board.
class OrganisationReport
{
public:
    static ReportDocument build(const ReportContext& context);
};

} // namespace sakra::report
