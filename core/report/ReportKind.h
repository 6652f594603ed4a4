#pragma once

#include "storage/CodeTable.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace sakra::report {

// The five board documents.
enum class ReportKind
{
    Measures,
    Annual,
    Organisation,
    Situation,
    Assessment
};

// Each kind's code ("measures" ..., as in the register and on the command line) and its Swedish
// name for lists.
extern const CodeTable<ReportKind, 5> kReportKinds;
QStringList reportKindCodes();

} // namespace sakra::report
