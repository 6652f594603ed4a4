#pragma once

#include "action/ActionQuery.h"

#include <vector>

namespace sakra::report {

class ReportContext;
class ReportText;

// Reads the builders share.
class ReportData
{
public:
    // Actions in the scope that were alive during the period: everything not finished or
    // cancelled before it began, planned ones included. Ordered by group (department), then due date.
    static std::vector<ActionRow> actionsInPeriod(const ReportContext& context);
    static QString statusText(const ReportText& t, Action::Status status);
};

} // namespace sakra::report
