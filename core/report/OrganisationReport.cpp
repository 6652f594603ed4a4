#include "OrganisationReport.h"

#include "ReportContext.h"
#include "storage/Errors.h"

#include <QCoreApplication>

namespace sakra::report {

ReportDocument OrganisationReport::build(const ReportContext& context)
{
    Q_UNUSED(context)
    throw ValidationError(QStringLiteral("kind"), QCoreApplication::translate("sakra::Report", "Den här rapporten finns inte än."));
}

} // namespace sakra::report
