#include "CsvReader.h"

#include <QStringDecoder>

namespace sakra {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80..0x9F; the five unassigned bytes stay as they are.
constexpr char16_t kCp1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                      0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString fromWindows1252(const QByteArray& bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes.at(i));
        text[i] = QChar(b >= 0x80 && b < 0xA0 ? kCp1252High[b - 0x80] : char16_t(b));
    }
    return text;
}

QString original(const QString& cell)
{
    static const QString risky = QStringLiteral("=+-@\t\r");
    if (cell.size() >= 2 && cell.front() == QLatin1Char('\'') && risky.contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}

} // namespace

QString CsvReader::decode(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes.mid(3));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    return fromWindows1252(bytes);
}

QChar CsvReader::separatorOf(QStringView text)
{
    int semicolons = 0, commas = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    if (tabs > semicolons && tabs > commas)
        return QLatin1Char('\t');
    return commas > semicolons ? QLatin1Char(',') : QLatin1Char(';');
}

SheetData CsvReader::read(const QByteArray& bytes, const QString& name)
{
    const QString text = decode(bytes);
    const QChar separator = separatorOf(text);
    SheetData sheet{name, false, {}};
    QVariantList cells;
    QString cell;
    bool quoted = false; // inside quotes
    bool anyValue = false;
    int record = 1;
    const auto endCell = [&] {
        const QString value = original(cell);
        cells.append(value.isEmpty() ? QVariant() : QVariant(value));
        anyValue = anyValue || !value.isEmpty();
        cell.clear();
    };
    const auto endRecord = [&] {
        endCell();
        if (anyValue)
            sheet.rows.push_back({record, cells});
        cells.clear();
        anyValue = false;
        ++record;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    cell += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == u'"' && cell.isEmpty()) {
            quoted = true;
        } else if (c == separator) {
            endCell();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !cells.isEmpty() || quoted)
        endRecord();
    return sheet;
}

} // namespace sakra
