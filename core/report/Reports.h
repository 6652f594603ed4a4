#pragma once

#include "ReportDocument.h"

namespace sakra::report {

class ReportContext;

// The documents of each ReportKind, built from one context; ReportBuilder picks the one asked for.
namespace Reports {

// The officer's report on measures taken and planned (seed 000): proposed decision, matter,
// preparation, presentation, economic consequences from costs against budgets, signatures, and an
// appendix of the actions per department with status, latest note and cost.
ReportDocument measures(const ReportContext& context);

// The yearly compilation of planned development measures per board, grouped by focus area.
ReportDocument annual(const ReportContext& context);

// The security organisation's yearly follow-up: the three levels, planned against filled posts per
// administration, requirement profiles, implementation milestones and budget per board.
ReportDocument organisation(const ReportContext& context);

// The situation report (lägesbild): incidents by kind, unit and quarter against last year, open
// high risks with the heat map, overdue actions and drills.
ReportDocument situation(const ReportContext& context);

// The self-assessment against the rules on violence and threats at work, one table per board.
ReportDocument assessment(const ReportContext& context);

} // namespace Reports

} // namespace sakra::report
