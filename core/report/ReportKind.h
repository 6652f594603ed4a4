#pragma once

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

QString reportKindCode(ReportKind kind); // "measures" ... as in the register and on the command line
std::optional<ReportKind> reportKindFromCode(const QString& code);
QStringList reportKindCodes();
QString reportKindLabel(ReportKind kind); // Swedish name for lists, translated

} // namespace sakra::report
