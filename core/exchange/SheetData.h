#pragma once

#include <QString>
#include <QVariant>
#include <vector>

namespace sakra {

// A spreadsheet as read from a file (XLSX or CSV), before anything is made of it: per sheet only
// the rows that hold a value, each with the sheet's own row number (1-based, as people see it).
// A cell is null (empty), a QString, a double, a QDate (a date-formatted number), a QTime (a
// time-formatted number) or a bool. Plain values: safe to hand to another thread.
struct SheetRow
{
    int number = 0;
    QVariantList cells; // index 0 is column A
};

struct SheetData
{
    QString name;
    bool hidden = false;
    std::vector<SheetRow> rows;

    // The row with this sheet row number, or null.
    const SheetRow* row(int number) const;
};

struct WorkbookData
{
    enum class Kind
    {
        Xlsx,
        Csv
    };
    Kind kind = Kind::Xlsx;
    std::vector<SheetData> sheets;

    const SheetData* sheet(const QString& name) const;
    // Sheets people made or see: hidden sheets (Säkra's _codes and _meta) left out.
    std::vector<const SheetData*> visibleSheets() const;
};

// Column letters for messages: 0 gives "A", 27 gives "AB".
QString columnLetters(int column);

} // namespace sakra
