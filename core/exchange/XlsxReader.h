#pragma once

#include "SheetData.h"

#include <QString>

namespace sakra {

// Reads the cells of an XLSX workbook (Office Open XML) into SheetData: every sheet, hidden ones
// marked. Shared strings (rich-text runs joined), inline strings, formulas by their cached value,
// numbers in date or time formats as dates and times (1900 and 1904 date systems), merged cells
// filled from their top-left cell, and cells without an "r" attribute placed after the one before.
// Rows that only carry a style are skipped without using memory, down to row 1,048,576.
//
// The zip is read with minizip (Debian's libminizip, the one libxlsxwriter links against); the
// sheets and the shared strings with WorksheetReader (XmlScanner), the small parts that describe
// the workbook with QXmlStreamReader. A zip bomb is refused: an entry larger than kMaxEntryBytes, a workbook
// larger than kMaxTotalBytes uncompressed, or a large entry that expands more than kMaxRatio times.
// Every refusal throws ImportError with a message in Swedish.
class XlsxReader
{
public:
    static constexpr qint64 kMaxEntryBytes = 256ll * 1024 * 1024;
    static constexpr qint64 kMaxTotalBytes = 512ll * 1024 * 1024;
    static constexpr qint64 kRatioCheckedFrom = 16ll * 1024 * 1024;
    static constexpr qint64 kMaxRatio = 500;

    static WorkbookData read(const QString& path);
};

} // namespace sakra
