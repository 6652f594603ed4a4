#include "WorksheetReader.h"

#include "ImportError.h"
#include "XmlScanner.h"

#include <QCoreApplication>
#include <QDate>
#include <QTime>
#include <charconv>
#include <cmath>
#include <limits>

namespace sakra {

namespace {

using Token = XmlScanner::Token;
using Shown = WorksheetReader::Shown;

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::XlsxReader", text);
}

[[noreturn]] void malformed(const QString& part, const XmlScanner& xml)
{
    throw ImportError(
        QCoreApplication::translate("sakra::XlsxReader",
                                    "Arbetsboken är skadad: delen %1 är inte giltig XML (rad %2: %3).")
            .arg(part)
            .arg(xml.lineNumber())
            .arg(xml.errorString()));
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Digits only, as the writers write numbers of rows, styles and shared strings: the number, or
// -1 for anything else (then read as before, through QString).
qint64 plainCount(QByteArrayView raw)
{
    if (raw.isEmpty() || raw.size() > 12)
        return -1;
    qint64 n = 0;
    for (const char c : raw) {
        if (!isDigit(c))
            return -1;
        n = n * 10 + (c - '0');
    }
    return n;
}

// The number of an attribute or value read as QString::toInt reads it (0 when it is none).
int intOf(QByteArrayView raw, bool plain, const QString& decoded, bool* ok = nullptr)
{
    const qint64 n = plain ? plainCount(raw) : -1;
    if (n >= 0 && n <= std::numeric_limits<int>::max()) {
        if (ok)
            *ok = true;
        return int(n);
    }
    return (plain ? XmlScanner::decodeUtf8(raw) : decoded).toInt(ok);
}

// A number as the writers write one (-12.5, 3, 1.5E-3): true with its value. Anything else (white
// space, a plus sign, inf, a number out of range) is left to QString::toDouble. Both round
// correctly, so the two agree where both read.
bool plainNumber(QByteArrayView raw, double& number)
{
    qsizetype i = 0;
    const qsizetype n = raw.size();
    if (i < n && raw[i] == '-')
        ++i;
    const qsizetype digits = i;
    while (i < n && isDigit(raw[i]))
        ++i;
    if (i == digits)
        return false;
    if (i < n && raw[i] == '.') {
        const qsizetype fraction = ++i;
        while (i < n && isDigit(raw[i]))
            ++i;
        if (i == fraction)
            return false;
    }
    if (i < n && (raw[i] == 'e' || raw[i] == 'E')) {
        ++i;
        if (i < n && (raw[i] == '-' || raw[i] == '+'))
            ++i;
        const qsizetype exponent = i;
        while (i < n && isDigit(raw[i]))
            ++i;
        if (i == exponent)
            return false;
    }
    if (i != n)
        return false;
    const auto [end, error] = std::from_chars(raw.data(), raw.data() + n, number);
    return error == std::errc() && end == raw.data() + n;
}

// "B12" in capitals and digits: 1 with column and row, 0 when it is no cell, -1 when it is
// written some other way (then read through QString as before).
int plainReference(QByteArrayView raw, int& column, int& row)
{
    qsizetype i = 0;
    int c = 0;
    while (i < raw.size() && raw[i] >= 'A' && raw[i] <= 'Z') {
        c = c * 26 + (raw[i] - 'A' + 1);
        if (c > 16384)
            return 0;
        ++i;
    }
    if (i == 0 || i == raw.size())
        return -1;
    qint64 r = 0;
    for (qsizetype j = i; j < raw.size(); ++j) {
        if (!isDigit(raw[j]))
            return -1;
        r = std::min<qint64>(r * 10 + (raw[j] - '0'), 10000000);
    }
    if (r < 1 || r > 1048576)
        return 0;
    column = c - 1;
    row = int(r);
    return 1;
}

QVariant dateOf(double serial, bool date1904, Shown shown)
{
    if (shown == Shown::Time && serial >= 0 && serial < 1) {
        const int seconds = int(std::lround(serial * 86400.0)) % 86400;
        return QTime(0, 0).addSecs(seconds);
    }
    // Far beyond any calendar (or not a number at all): no date, the number as it is.
    if (!std::isfinite(serial) || std::abs(serial) > 9.0e15)
        return serial;
    const qint64 days = qint64(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    // The 1900 system counts a 29 February 1900 that never was (serial 60).
    if (days < 60)
        return QDate(1899, 12, 31).addDays(days);
    if (days == 60)
        return QDate(1900, 2, 28);
    return QDate(1899, 12, 30).addDays(days);
}

// The text of the element the scanner stands on, appended to out: its character data, and with
// children the text in them too; without, a child is an error (as QXmlStreamReader's
// readElementText). raw is set to the text as written when it is one plain piece.
void elementText(XmlScanner& xml, QString& out, bool children, QByteArrayView* raw = nullptr)
{
    int depth = 1;
    int pieces = 0;
    bool single = false; // *raw holds the only piece so far
    while (depth > 0) {
        switch (xml.next()) {
        case Token::StartElement:
            if (!children) {
                xml.raiseError(QCoreApplication::translate("sakra::XlsxReader", "text väntades i elementet"));
                return;
            }
            ++depth;
            break;
        case Token::EndElement: --depth; break;
        case Token::Characters:
            if (raw && pieces == 0 && xml.plainText()) {
                *raw = xml.rawText();
                single = true;
            } else {
                if (single)
                    out += XmlScanner::decodeUtf8(*raw);
                single = false;
                xml.appendText(out);
            }
            ++pieces;
            break;
        default: return;
        }
    }
    if (raw && !single)
        *raw = QByteArrayView();
}

// All the text of the element the scanner stands on (a shared string or an inline string): the
// <t> of every rich-text run, phonetic runs (<rPh>) left out.
QString stringItem(XmlScanner& xml)
{
    QString text;
    int depth = 1;
    bool phonetic = false;
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.next()) {
        case Token::StartElement:
            ++depth;
            if (xml.name() == "rPh") {
                phonetic = true;
            } else if (xml.name() == "t" && !phonetic) {
                elementText(xml, text, true);
                --depth;
            }
            break;
        case Token::EndElement:
            --depth;
            if (xml.name() == "rPh")
                phonetic = false;
            break;
        default: break;
        }
    }
    return text;
}

void putCell(std::vector<SheetRow>& rows, int rowNumber, int column, const QVariant& value)
{
    if (rows.empty() || rows.back().number != rowNumber)
        rows.push_back({rowNumber, {}});
    QVariantList& cells = rows.back().cells;
    while (cells.size() <= column)
        cells.append(QVariant());
    cells[column] = value;
}

// The t attribute of a cell.
enum class Type
{
    Shared,
    Text,
    Bool,
    Number
};

Type typeOf(const XmlScanner& xml)
{
    QByteArrayView raw;
    bool plain = true;
    if (!xml.rawAttribute("t", raw, plain))
        return Type::Number;
    QByteArray decoded;
    if (!plain) {
        decoded = xml.attribute("t").toUtf8();
        raw = decoded;
    }
    if (raw == "s")
        return Type::Shared;
    if (raw == "inlineStr" || raw == "str" || raw == "e")
        return Type::Text;
    if (raw == "b")
        return Type::Bool;
    return Type::Number;
}

} // namespace

WorksheetReader::WorksheetReader(const std::vector<Shown>& styles, bool date1904)
    : m_styles(styles), m_date1904(date1904)
{
}

bool WorksheetReader::cellReference(QStringView ref, int& column, int& row)
{
    int i = 0;
    int c = 0;
    while (i < ref.size() && ref[i].isLetter()) {
        c = c * 26 + (ref[i].toUpper().unicode() - 'A' + 1);
        if (c > 16384)
            return false;
        ++i;
    }
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (i == 0 || !ok || r < 1 || r > 1048576)
        return false;
    column = c - 1;
    row = r;
    return true;
}

QStringList WorksheetReader::sharedStrings(const QByteArray& data, const QString& part)
{
    QStringList strings;
    if (data.isEmpty())
        return strings;
    XmlScanner xml(data);
    while (!xml.atEnd())
        if (xml.next() == Token::StartElement && xml.name() == "si")
            strings << stringItem(xml);
    if (xml.hasError())
        malformed(part, xml);
    return strings;
}

WorksheetReader::Sheet WorksheetReader::read(const QByteArray& data, const QString& part,
                                             const QString& name) const
{
    Sheet sheet{SheetData{name, false, {}}, {}};
    std::vector<SheetRow>& rows = sheet.data.rows;
    XmlScanner xml(data);
    int rowNumber = 0;
    int column = -1;
    Type type = Type::Number;
    int style = -1;
    // The value of the cell: its text as written when that is one plain piece, else decoded.
    QByteArrayView raw;
    QString value;
    bool hasValue = false;
    QByteArrayView attribute;
    bool plain = true;
    while (!xml.atEnd()) {
        const Token token = xml.next();
        if (token == Token::StartElement) {
            const QByteArrayView element = xml.name();
            if (element == "c") {
                int c = column + 1;
                int rr = rowNumber;
                if (xml.rawAttribute("r", attribute, plain) && !attribute.isEmpty()) {
                    const int simple = plain ? plainReference(attribute, c, rr) : -1;
                    const QString r = simple == 1 ? QString() : xml.attribute("r");
                    if (simple == 0 || (simple < 0 && !r.isEmpty() && !cellReference(r, c, rr)))
                        throw ImportError(
                            QCoreApplication::translate("sakra::XlsxReader",
                                                        "Bladet %1 är skadat: cellen %2 finns inte.")
                                .arg(name, simple == 0 ? XmlScanner::decodeUtf8(attribute) : r));
                }
                column = c;
                type = typeOf(xml);
                style = -1;
                if (xml.rawAttribute("s", attribute, plain) && !attribute.isEmpty())
                    style = intOf(attribute, plain, plain ? QString() : xml.attribute("s"));
                raw = QByteArrayView();
                value.clear();
                hasValue = false;
            } else if (element == "v") {
                value.clear();
                raw = QByteArrayView();
                elementText(xml, value, false, &raw);
                hasValue = true;
            } else if (element == "is") {
                raw = QByteArrayView();
                value = stringItem(xml);
                hasValue = true;
            } else if (element == "row") {
                const bool given = xml.rawAttribute("r", attribute, plain) && !attribute.isEmpty();
                const QString r =
                    given && (!plain || plainCount(attribute) < 0) ? xml.attribute("r") : QString();
                const qint64 n = !given       ? rowNumber + 1
                                 : r.isNull() ? plainCount(attribute)
                                              : qint64(r.toInt());
                if (n <= rowNumber || n > 1048576)
                    throw ImportError(
                        QCoreApplication::translate("sakra::XlsxReader",
                                                    "Bladet %1 är skadat: radnumret %2 kommer i fel ordning.")
                            .arg(name, !given       ? QString::number(n)
                                       : r.isNull() ? XmlScanner::decodeUtf8(attribute)
                                                    : r));
                rowNumber = int(n);
                column = -1;
            } else if (element == "mergeCell") {
                sheet.merged << xml.attribute("ref");
            }
        } else if (token == Token::EndElement && hasValue && xml.name() == "c") {
            const bool isRaw = !raw.isNull();
            const auto text = [&] { return isRaw ? XmlScanner::decodeUtf8(raw) : value; };
            QVariant cell;
            if (type == Type::Shared) {
                bool ok = false;
                const int index = intOf(raw, isRaw, value, &ok);
                cell = ok && index >= 0 ? index : -1; // put in by XlsxReader
            } else if (type == Type::Text) {
                cell = text();
            } else if (type == Type::Bool) {
                cell = text().trimmed() == u"1";
            } else {
                double number = 0;
                bool ok = isRaw && plainNumber(raw, number);
                const QString written = ok ? QString() : text();
                if (!ok)
                    number = written.trimmed().toDouble(&ok);
                const Shown shown =
                    style >= 0 && style < int(m_styles.size()) ? m_styles[std::size_t(style)] : Shown::Number;
                if (!ok)
                    cell = written;
                else if (shown != Shown::Number)
                    cell = dateOf(number, m_date1904, shown);
                else
                    cell = number;
            }
            if (!(cell.typeId() == QMetaType::QString && cell.toString().isEmpty()))
                putCell(rows, rowNumber, column, cell);
            hasValue = false;
        }
    }
    if (xml.hasError())
        malformed(part, xml);
    return sheet;
}

} // namespace sakra
