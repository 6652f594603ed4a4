#pragma once

#include "ReportDocument.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace sakra::report {

// Labels and number formats of the report templates in the document's language. The templates
// are written with Swedish source strings (context "sakra::Report"); Swedish goes through the
// translator like every other string, English comes from a table in code, so that one template
// gives both documents whatever translations are installed.
class ReportText
{
public:
    explicit ReportText(Language language) : m_language(language) {}

    Language language() const { return m_language; }
    bool english() const { return m_language == Language::English; }

    QString operator()(const char* swedish) const;
    // With %1, %2 ... filled in.
    QString operator()(const char* swedish, const QString& a1) const { return (*this)(swedish).arg(a1); }
    QString operator()(const char* swedish, const QString& a1, const QString& a2) const
    {
        return (*this)(swedish).arg(a1, a2);
    }

    // A phrase that takes a count, in the form the count asks for: forms holds the singular and the
    // plural form apart by "|" ("%1 åtgärd|%1 åtgärder"; the English table has the same shape), the
    // singular is used for 1 only, and %1 (where the form has it) is the count as number() writes it.
    QString count(const char* forms, qint64 n) const;
    // The form of forms for n, placeholders left as they are.
    QString form(const char* forms, qint64 n) const;
    // "a, b och c" / "a, b and c".
    QString join(const QStringList& items) const;

    // A name from the register's own catalogues (action kinds, focus areas): English when the
    // table knows it, else as it is. Never counted as missing: users add their own entries.
    QString data(const QString& name) const;

    QString date(const QDate& date) const;     // "20 maj 2025", "20 May 2025"
    QString isoDate(const QDate& date) const;  // "2025-05-20", or a dash when unknown
    QString money(qint64 kronor) const;        // "1 234 500 kr", "SEK 1,234,500"
    QString number(qint64 value) const;        // "1 234", "1,234"
    QString percent(int percent) const;        // "85 %", "85%"
    QString pageOf(int page, int pages) const; // "Sida 1 av 4", "Page 1 of 4"

    // Labels asked for in English that the table has no entry for (for the tests), since start.
    static QStringList missingEnglish();

private:
    Language m_language;
};

} // namespace sakra::report
