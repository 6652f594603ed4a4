#pragma once

#include "ReportDocument.h"

namespace sakra::report {

class ReportContext;

// The officer's report on measures taken and planned (seed 000): proposed decision, matter,
// preparation, presentation, economic consequences from costs against budgets, signatures, and an
// appendix of the actions per department with status, latest note and cost.
class MeasuresReport
{
public:
    static ReportDocument build(const ReportContext& context);
};

} // namespace sakra::report
