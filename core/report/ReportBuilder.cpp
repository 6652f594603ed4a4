#include "ReportBuilder.h"

#include "ReportContext.h"
#include "Reports.h"
#include "i18n/LanguageScope.h"

namespace sakra::report {

ReportDocument ReportBuilder::build(Register& reg, const ReportRequest& request)
{
    // Everything the document says in the document's language, whatever the interface speaks: the
    // self-assessment's reasons, the names of codes, the messages of errors.
    const LanguageScope language(request.language);
    const ReportContext context(reg, request);
    switch (request.kind) {
    case ReportKind::Measures: return Reports::measures(context);
    case ReportKind::Annual: return Reports::annual(context);
    case ReportKind::Organisation: return Reports::organisation(context);
    case ReportKind::Situation: return Reports::situation(context);
    case ReportKind::Assessment: return Reports::assessment(context);
    }
    return Reports::measures(context);
}

} // namespace sakra::report
