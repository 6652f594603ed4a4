#include "CsvWriter.h"

#include <QDate>
#include <QIODevice>
#include <QLocale>
#include <QRegularExpression>

namespace sakra {

namespace {

bool isNumber(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double: return true;
    default: return false;
    }
}

} // namespace

CsvWriter::CsvWriter(QIODevice& out) : m_out(out)
{
    m_out.write("\xEF\xBB\xBF");
}

void CsvWriter::writeRow(const QVariantList& cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(';');
        line += field(cells.at(i));
    }
    line += QLatin1String("\r\n");
    m_out.write(line.toUtf8());
}

QString CsvWriter::field(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    if (isNumber(value)) {
        if (value.typeId() == QMetaType::Double)
            return QLocale::c()
                .toString(value.toDouble(), 'g', 15)
                .replace(QLatin1Char('.'), QLatin1Char(','));
        return value.toString();
    }
    const QString text = neutralised(value.toString());
    if (!text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvWriter::neutralised(const QString& text)
{
    static const QString risky = QStringLiteral("=+-@\t\r");
    if (text.isEmpty() || !risky.contains(text.front()))
        return text;
    // A number with a sign is read as a number, not run.
    static const QRegularExpression number(QStringLiteral("^[-+]?[0-9]+([.,][0-9]+)?$"));
    if (number.match(text).hasMatch())
        return text;
    return QLatin1Char('\'') + text;
}

} // namespace sakra
