#pragma once

#include <QString>
#include <QVariant>

class QIODevice;

namespace sakra {

// Rows as CSV the way Swedish Excel reads it when the file is opened with a double click: UTF-8
// with a byte order mark, ";" between fields, a decimal comma, CRLF after every row and fields
// quoted as RFC 4180 says when they hold ";", '"' or a line break. Text that starts with "=",
// "+", "-", "@", a tab or a carriage return gets an apostrophe in front, so that a spreadsheet
// shows it instead of running it as a formula; a plain number such as "-12" is left as it is.
class CsvWriter
{
public:
    // Writes the byte order mark.
    explicit CsvWriter(QIODevice& out);

    // null is an empty field, QDate yyyy-mm-dd, a number in digits with a decimal comma.
    void writeRow(const QVariantList& cells);
    // The field as written, quoted where needed.
    static QString field(const QVariant& value);
    // Text as written into a field before quoting: neutralised when a spreadsheet would run it.
    static QString neutralised(const QString& text);

private:
    QIODevice& m_out;
};

} // namespace sakra
