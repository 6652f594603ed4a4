#include "Formatting.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace sakra::gui {

QString Formatting::kronor(qint64 amount)
{
    return QLocale().toString(amount) + QStringLiteral("\u00a0kr");
}

std::optional<qint64> Formatting::parseKronor(const QString& text)
{
    QString digits = text.trimmed();
    digits.remove(
        QRegularExpression(QStringLiteral("\\s*kr\\.?$"), QRegularExpression::CaseInsensitiveOption));
    // Group separators people type or paste: spaces (also no-break and thin ones), dots, commas
    // in the wrong places are refused by the digit check below rather than guessed at.
    digits.remove(QRegularExpression(QStringLiteral("[\\s\u00a0\u202f.]")));
    // And the group separator of the interface's language, as kronor() writes it ("60,000 kr").
    digits.remove(QLocale().groupSeparator());
    static const QRegularExpression whole(QStringLiteral("^-?[0-9]{1,15}$"));
    if (!whole.match(digits).hasMatch())
        return std::nullopt;
    return digits.toLongLong();
}

QString Formatting::date(const QDate& day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

QString Formatting::localTime(const QString& utcIso)
{
    QDateTime at = QDateTime::fromString(utcIso, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(utcIso, Qt::ISODate);
    if (!at.isValid())
        return utcIso;
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC);
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace sakra::gui
