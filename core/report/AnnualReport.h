#pragma once

#include "ReportDocument.h"

namespace sakra::report {

class ReportContext;

// The yearly compilation of planned development measures per board, grouped by focus area.
class AnnualReport
{
public:
    static ReportDocument build(const ReportContext& context);
};

} // namespace sakra::report
