#pragma once

#include "SheetData.h"

#include <QByteArray>

namespace sakra {

// Reads a CSV file as Swedish Excel and Säkra write it, and as others do: UTF-8 with or without a
// byte order mark, otherwise Windows-1252; the separator (";", "," or a tab) found from the first
// line; fields quoted as RFC 4180 says. Cells are text (empty cells null); what a column makes of
// them (numbers with a decimal comma, dates) is the import's business. A cell that CsvWriter
// neutralised (an apostrophe before "=", "+", "-", "@", a tab or a carriage return) is read back
// as the original text.
class CsvReader
{
public:
    // name: the sheet's name (the file's base name).
    static SheetData read(const QByteArray& bytes, const QString& name);
    // Bytes to text: UTF-8 when they are valid UTF-8 (a BOM removed), else Windows-1252.
    static QString decode(const QByteArray& bytes);
    static QChar separatorOf(QStringView text);
};

} // namespace sakra
