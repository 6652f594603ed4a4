#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>
#include <vector>

namespace sakra {

// A list as people see it, headers and cell texts, written to an XLSX workbook of one sheet or to
// CSV (see CsvWriter), chosen by the file's extension: what the lists of the program export. A
// cell that is a date (yyyy-mm-dd) or a plain number ("1 234", "-5", "1,5") is written as a
// date or a number, so it sorts and sums as one; everything else stays text.
class TableWriter
{
public:
    enum class Format
    {
        Xlsx,
        Csv
    };
    // By the extension (.xlsx, .csv); none for any other.
    static std::optional<Format> formatOf(const QString& path);

    // Throws Error when the file cannot be written; files are readable by their owner only.
    static void write(const QString& path, const QString& title, const QStringList& headers,
                      const std::vector<QStringList>& rows);
    // The cell a text becomes: QDate, qint64, double or the text.
    static QVariant cellOf(const QString& text);
};

} // namespace sakra
