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
constexpr CodeTable<ReportKind, 5> kTable{"sakra::ReportKind", kCodes, kLabels};
} // namespace

QString reportKindCode(ReportKind value)
{
    return kTable.code(value);
}

std::optional<ReportKind> reportKindFromCode(const QString& code)
{
    return kTable.fromCode(code);
}

QString reportKindLabel(ReportKind value)
{
    return kTable.label(value);
}

QStringList reportKindCodes()
{
    QStringList out;
    for (const char* c : kCodes)
        out << QLatin1String(c);
    return out;
}

} // namespace sakra::report
