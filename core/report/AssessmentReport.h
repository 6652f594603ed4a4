#pragma once

#include "ReportDocument.h"

namespace sakra::report {

class ReportContext;

// The self-assessment against the rules on violence and threats at work, one table per board.
class AssessmentReport
{
public:
    static ReportDocument build(const ReportContext& context);
};

} // namespace sakra::report
