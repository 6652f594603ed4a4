#include "ReportBuilder.h"

#include "AnnualReport.h"
#include "AssessmentReport.h"
#include "MeasuresReport.h"
#include "OrganisationReport.h"
#include "ReportContext.h"
#include "SituationReport.h"

namespace sakra::report {

ReportDocument ReportBuilder::build(Register& reg, const ReportRequest& request)
{
    const ReportContext context(reg, request);
    switch (request.kind) {
    case ReportKind::Measures: return MeasuresReport::build(context);
    case ReportKind::Annual: return AnnualReport::build(context);
    case ReportKind::Organisation: return OrganisationReport::build(context);
    case ReportKind::Situation: return SituationReport::build(context);
    case ReportKind::Assessment: return AssessmentReport::build(context);
    }
    return MeasuresReport::build(context);
}

} // namespace sakra::report
