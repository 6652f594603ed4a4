#include "ReportKind.h"

#include <QCoreApplication>

namespace sakra::report {

namespace {
constexpr const char* kCodes[] = {"measures", "annual", "organisation", "situation", "assessment"};
constexpr const char* kLabels[] = {QT_TRANSLATE_NOOP("sakra::ReportKind", "Redovisning av åtgärder"),
                                   QT_TRANSLATE_NOOP("sakra::ReportKind", "Årlig sammanställning"),
                                   QT_TRANSLATE_NOOP("sakra::ReportKind", "Säkerhetsorganisationens status"),
                                   QT_TRANSLATE_NOOP("sakra::ReportKind", "Lägesbild"),
                                   QT_TRANSLATE_NOOP("sakra::ReportKind", "Egenkontroll")};
} // namespace

QString reportKindCode(ReportKind kind)
{
    return QLatin1String(kCodes[int(kind)]);
}

std::optional<ReportKind> reportKindFromCode(const QString& code)
{
    for (int i = 0; i < 5; ++i)
        if (code == QLatin1String(kCodes[i]))
            return ReportKind(i);
    return std::nullopt;
}

QStringList reportKindCodes()
{
    QStringList out;
    for (const char* c : kCodes)
        out << QLatin1String(c);
    return out;
}

QString reportKindLabel(ReportKind kind)
{
    return QCoreApplication::translate("sakra::ReportKind", kLabels[int(kind)]);
}

} // namespace sakra::report
