#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <vector>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace sakra {

// An XLSX file written with libxlsxwriter in its constant-memory mode: sheets are written one
// after the other, row by row, and a written row leaves memory at once, so a sheet of 100,000
// rows needs no more memory than one of ten. The file is written beside the target under a
// temporary name, readable by its owner only (it holds what the register holds), and moved into
// place by commit(); without commit() nothing is left behind.
//
// libxlsxwriter writes numbers with the C library's printf, so the process keeps LC_NUMERIC at
// "C" (the programs' main functions see to it): a decimal comma would make a broken file.
class XlsxWorkbook
{
public:
    enum class Cell
    {
        Text,
        Number,
        Date
    };
    struct Column
    {
        QString header;
        Cell cell = Cell::Text;
        // Kept for reading the file back, out of people's way (UUIDs).
        bool hidden = false;
    };

    // Throws Error when the file cannot be made there.
    explicit XlsxWorkbook(const QString& path);
    ~XlsxWorkbook();
    XlsxWorkbook(const XlsxWorkbook&) = delete;
    XlsxWorkbook& operator=(const XlsxWorkbook&) = delete;

    // Starts the next sheet with a bold, frozen header row. The name is made valid for a sheet
    // (at most 31 characters, none of []:*?/\) and unique in the workbook.
    void addSheet(const QString& name, const std::vector<Column>& columns);
    void hideSheet();
    // A row of the current sheet: null is an empty cell, QDate a date, a number a number, the
    // rest text. Throws Error past the last row a sheet can hold.
    void writeRow(const QVariantList& cells);
    // A row of text as it is (an instructions sheet). A measured row widens its columns; a long
    // line that is not measured runs on over the empty cells beside it.
    void writeTextRow(const QStringList& cells, bool bold = false, bool measured = true);
    // A dropdown on rows firstRow..lastRow (0 is the header) of a column, offering the cells
    // that listRange names ("'_codes'!$B$2:$B$9").
    void addListValidation(int column, const QString& listRange, int firstRow, int lastRow);
    // Ends the current sheet: an autofilter over the header and rows written, when asked, and
    // column widths after the longest text seen.
    void finishSheet(bool autofilter);
    // Rows written to the current sheet, the header included.
    int rowCount() const { return m_row; }
    QString sheetName() const { return m_sheetName; }

    // Writes the file and moves it into place; throws Error when that fails.
    void commit();

    // "A", "B", ... "AA" for column 0, 1, ... 26.
    static QString columnName(int column);
    // An absolute range of one column on a sheet: 'sheet'!$A$2:$A$9.
    static QString rangeOf(const QString& sheet, int column, int firstRow, int lastRow);

private:
    [[noreturn]] void fail(int error) const;

    QString m_path;
    QString m_tempPath;
    lxw_workbook* m_book = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_bold = nullptr;
    lxw_format* m_date = nullptr;
    QString m_sheetName;
    QStringList m_sheetNames;
    std::vector<Column> m_columns;
    std::vector<int> m_widths;
    int m_row = 0;
    bool m_committed = false;
};

} // namespace sakra
