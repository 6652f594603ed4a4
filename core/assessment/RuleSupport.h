#pragma once

#include "Assessment.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

// What the self-assessment's rules share: their words, dates and the shape of a check. Included
// by the files that hold AssessmentRules' requirements only.
namespace sakra::AssessmentRules {

// The signature of tr(), so that lupdate finds the plural forms.
inline QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("sakra::AssessmentRules", text, disambiguation, n);
}

inline QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

inline bool within(const QDate& date, const QDate& today, int months)
{
    return date.isValid() && date >= today.addMonths(-months);
}

inline AssessmentCheck check(const char* requirement, bool met, const QString& reason,
                             const char* recommendation)
{
    return {tr(requirement), true, met, false, reason, met ? QString() : tr(recommendation)};
}

inline AssessmentCheck notApplicable(const char* requirement, const QString& reason)
{
    return {tr(requirement), false, false, false, reason, QString()};
}

inline int percent(int part, int whole)
{
    return whole > 0 ? int((qint64(part) * 100) / whole) : 0;
}

} // namespace sakra::AssessmentRules
