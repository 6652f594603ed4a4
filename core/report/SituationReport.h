#pragma once

#include "ReportDocument.h"

namespace sakra::report {

class ReportContext;

// The situation report (lägesbild): incidents by kind, unit and quarter against last year, open
// high risks with the heat map, overdue actions and drills.
class SituationReport
{
public:
    static ReportDocument build(const ReportContext& context);
};

} // namespace sakra::report
