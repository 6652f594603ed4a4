#pragma once

#include "SheetData.h"

#include <QByteArray>
#include <QStringList>
#include <vector>

namespace sakra {

// Reads the XML of one worksheet of an XLSX workbook into its rows, and the shared strings part
// into its texts, with XmlScanner. A cell that refers to shared string n holds the int n (no
// other cell is an int), so that the sheets and the shared strings can be read at the same time;
// XlsxReader puts the texts in. Numbers in a date or time format become dates and times, cells
// without an "r" attribute go after the one before, rows without one after the row before;
// formulas give their cached value; rich-text runs are joined, phonetic runs left out.
//
// Every problem throws ImportError with a message in Swedish naming the part.
class WorksheetReader
{
public:
    // How a cell style shows its number.
    enum class Shown
    {
        Number,
        Date,
        Time
    };

    struct Sheet
    {
        SheetData data;
        QStringList merged; // the ranges of merged cells, "B3:B4"
    };

    // styles: for each cell style (the s attribute) how it shows its number; date1904: the
    // workbook counts days from 1904.
    WorksheetReader(const std::vector<Shown>& styles, bool date1904);

    // part: the part's name in the workbook, for messages; name: the sheet's name.
    Sheet read(const QByteArray& xml, const QString& part, const QString& name) const;
    static QStringList sharedStrings(const QByteArray& xml, const QString& part);

    // "B12" -> column 1, row 12; false for anything else.
    static bool cellReference(QStringView ref, int& column, int& row);

private:
    const std::vector<Shown>& m_styles;
    bool m_date1904 = false;
};

} // namespace sakra
