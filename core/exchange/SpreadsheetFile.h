#pragma once

#include "SheetData.h"

namespace sakra {

// Opens a spreadsheet for import, whatever its name says: the content decides. A zip archive is
// read as XLSX, text as CSV; an old Excel file (.xls), a workbook encrypted with a password, an
// empty file and anything else are refused with a message in Swedish (ImportError).
class SpreadsheetFile
{
public:
    static constexpr qint64 kMaxCsvBytes = 256ll * 1024 * 1024;

    static WorkbookData read(const QString& path);
};

} // namespace sakra
