#include "ReportText.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QSet>

namespace sakra::report {

namespace {

// The English of every label the report templates use, by its Swedish source string.
const std::pair<const char*, const char*> kEnglish[] = {
#include "ReportEnglish.inc"
};

const QHash<QString, QString>& englishTable()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        for (const auto& [sv, en] : kEnglish)
            t.insert(QString::fromUtf8(sv), QString::fromUtf8(en));
        return t;
    }();
    return table;
}

QMutex missingMutex;
QSet<QString>& missing()
{
    static QSet<QString> set;
    return set;
}

QLocale locale(Language language)
{
    return language == Language::English ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                         : QLocale(QLocale::Swedish, QLocale::Sweden);
}

} // namespace

QString ReportText::operator()(const char* swedish) const
{
    if (m_language == Language::Swedish)
        return QCoreApplication::translate("sakra::Report", swedish);
    const QString source = QString::fromUtf8(swedish);
    const auto it = englishTable().constFind(source);
    if (it != englishTable().constEnd())
        return *it;
    QMutexLocker lock(&missingMutex);
    missing().insert(source);
    return source;
}

QString ReportText::form(const char* forms, qint64 n) const
{
    const QString both = (*this)(forms);
    const qsizetype bar = both.indexOf(QLatin1Char('|'));
    return bar < 0 ? both : n == 1 ? both.left(bar) : both.mid(bar + 1);
}

QString ReportText::count(const char* forms, qint64 n) const
{
    const QString f = form(forms, n);
    return f.contains(QLatin1String("%1")) ? f.arg(number(n)) : f;
}

QString ReportText::join(const QStringList& items) const
{
    if (items.size() < 2)
        return items.value(0);
    return QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", ")) + QLatin1Char(' ') +
           (*this)("och") + QLatin1Char(' ') + items.last();
}

QString ReportText::data(const QString& name) const
{
    if (m_language == Language::Swedish)
        return name;
    return englishTable().value(name, name);
}

QStringList ReportText::missingEnglish()
{
    QMutexLocker lock(&missingMutex);
    QStringList out(missing().begin(), missing().end());
    out.sort();
    return out;
}

QString ReportText::date(const QDate& date) const
{
    if (!date.isValid())
        return QStringLiteral("–");
    return locale(m_language).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString ReportText::isoDate(const QDate& date) const
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("–");
}

QString ReportText::money(qint64 kronor) const
{
    const QString n = number(kronor);
    return m_language == Language::English ? QStringLiteral("SEK\u00a0") + n : n + QStringLiteral("\u00a0kr");
}

QString ReportText::number(qint64 value) const
{
    // Swedish groups thousands with a no-break space, so a figure never breaks across lines.
    QString s = locale(m_language).toString(value);
    s.replace(QChar(0x2212), QLatin1Char('-'));
    return s;
}

QString ReportText::percent(int percent) const
{
    return m_language == Language::English ? QString::number(percent) + QLatin1Char('%')
                                           : QString::number(percent) + QStringLiteral(" %");
}

QString ReportText::pageOf(int page, int pages) const
{
    return (*this)("Sida %1 av %2").arg(page).arg(pages);
}

} // namespace sakra::report
