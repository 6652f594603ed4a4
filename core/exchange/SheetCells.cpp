#include "SheetCells.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTime>
#include <cmath>

namespace sakra::SheetCells {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::SheetCells", text);
}

std::optional<qint64> whole(double value, const QString& shown, QString& problem)
{
    if (!std::isfinite(value) || std::floor(value) != value || std::abs(value) > 9.0e15) {
        problem = tr("”%1” är inget heltal").arg(shown);
        return std::nullopt;
    }
    return qint64(value);
}

} // namespace

bool isEmpty(const QVariant& cell)
{
    return cell.isNull() || (cell.typeId() == QMetaType::QString && cell.toString().trimmed().isEmpty());
}

QString text(const QVariant& cell)
{
    switch (cell.typeId()) {
    case QMetaType::Double: {
        const double d = cell.toDouble();
        if (std::floor(d) == d && std::abs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QLocale::c().toString(d, 'g', 15);
    }
    case QMetaType::QDate: return cell.toDate().toString(Qt::ISODate);
    case QMetaType::QTime: return cell.toTime().toString(QStringLiteral("HH:mm"));
    case QMetaType::Bool: return cell.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    default: return cell.toString();
    }
}

std::optional<qint64> integer(const QVariant& cell, QString& problem)
{
    switch (cell.typeId()) {
    case QMetaType::Double: return whole(cell.toDouble(), text(cell), problem);
    case QMetaType::Bool: return cell.toBool() ? 1 : 0;
    case QMetaType::QDate:
    case QMetaType::QTime:
        problem = tr("”%1” är ett datum eller klockslag, inget tal").arg(text(cell));
        return std::nullopt;
    default: break;
    }
    const QString shown = cell.toString().trimmed();
    const QString lower = shown.toLower();
    if (lower == u"ja" || lower == u"yes" || lower == u"sant" || lower == u"true" || lower == u"x")
        return 1;
    if (lower == u"nej" || lower == u"no" || lower == u"falskt" || lower == u"false")
        return 0;
    QString digits = lower;
    // Amounts as people type them: "12 500 kr", "12 500:-", "SEK 1 200", "1.200,50" is refused below.
    static const QRegularExpression currency(QStringLiteral("^sek|(kr\\.?|sek|:-)$"));
    digits.remove(currency);
    digits.remove(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{202F}]")));
    digits.replace(QLatin1Char(','), QLatin1Char('.'));
    digits.replace(QChar(0x2212), QLatin1Char('-'));
    static const QRegularExpression number(QStringLiteral("^[-+]?[0-9]+(\\.[0-9]+)?$"));
    if (!number.match(digits).hasMatch()) {
        problem = tr("”%1” är inget tal").arg(shown);
        return std::nullopt;
    }
    return whole(digits.toDouble(), shown, problem);
}

std::optional<QDate> date(const QVariant& cell, QString& problem)
{
    switch (cell.typeId()) {
    case QMetaType::QDate: return cell.toDate();
    case QMetaType::Double: {
        // A day number without a date format: the 1900 date system that nearly every workbook uses.
        const double serial = cell.toDouble();
        if (serial >= 61 && serial < 2958466)
            return QDate(1899, 12, 30).addDays(qint64(std::floor(serial)));
        problem = tr("”%1” är inget datum").arg(text(cell));
        return std::nullopt;
    }
    default: break;
    }
    const QString shown = cell.toString().trimmed();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})([T ].*)?$"));
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})$"));
    QDate d;
    if (const auto m = iso.match(shown); m.hasMatch())
        d = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if (const auto m2 = dayFirst.match(shown); m2.hasMatch())
        d = QDate(m2.captured(3).toInt(), m2.captured(2).toInt(), m2.captured(1).toInt());
    if (!d.isValid()) {
        problem = tr("”%1” är inget datum; skriv ÅÅÅÅ-MM-DD").arg(shown);
        return std::nullopt;
    }
    return d;
}

} // namespace sakra::SheetCells
