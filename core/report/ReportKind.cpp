#include "ReportKind.h"

#include "storage/CodeTable.h"

namespace sakra::report {

namespace {
constexpr const char* kCodes[] = {"measures", "annual", "organisation", "situation", "assessment"};
constexpr const char* kLabels[] = {QT_TRANSLATE_NOOP("sakra::ReportKind", "Redovisning av åtgärder"),
                                   QT_TRANSLATE_NOOP("sakra::ReportKind", "Årlig sammanställning"),
                                   QT_TRANSLATE_NOOP("sakra::ReportKind", "Säkerhetsorganisationens status"),
                                   QT_TRANSLATE_NOOP("sakra::ReportKind", "Lägesbild"),
                                   QT_TRANSLATE_NOOP("sakra::ReportKind", "Egenkontroll")};
} // namespace

const CodeTable<ReportKind, 5> kReportKinds{"sakra::ReportKind", kCodes, kLabels};

QStringList reportKindCodes()
{
    QStringList out;
    for (const char* c : kCodes)
        out << QLatin1String(c);
    return out;
}

} // namespace sakra::report
