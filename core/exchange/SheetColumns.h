#pragma once

#include "storage/TableSpec.h"

#include <QString>
#include <utility>
#include <vector>

namespace sakra {

// How a table's columns appear in a spreadsheet (the XLSX and CSV export and the templates): the
// kind of cell, the header in Swedish or English and the code list of a column that holds codes.
// The table specs say what is stored; this adds what a spreadsheet needs beyond that.
namespace SheetColumns {

enum class Kind
{
    Text,
    Number,
    Date,
    Code,
    Ref
};

// The codes a column may hold, each with its Swedish label, in the order people choose from.
struct CodeList
{
    QString name; // names the list on the workbook's hidden sheet of codes
    std::vector<std::pair<QString, QString>> entries;

    QString labelOf(const QString& code) const;
    // The code a cell names: the code itself, its Swedish label or its English name ("In
    // progress"), in any case; an empty string when it names none.
    QString codeOf(const QString& text) const;
};

// One column of a table's sheet: a column of the table, or what is added around it (the row's
// UUID, the readable name of a reference beside the referred row's UUID, the time of removal).
// The export writes these and the import reads them, so both share one description per column.
struct SheetColumn
{
    enum class Source
    {
        RowUuid,
        Value,
        RefName,
        RefUuid,
        DeletedAt
    };
    Source source;
    QString key; // the column key in the workbook's _meta sheet
    QString header;
    const Column* column = nullptr;
    Kind kind = Kind::Text;
    const CodeList* codes = nullptr;
};

Kind kindOf(const TableSpec& table, const Column& column);
// The column's code list, or null when it holds no codes.
const CodeList* codeList(const TableSpec& table, const Column& column);
// Every code list, each once, in a fixed order.
const std::vector<const CodeList*>& allCodeLists();
// The header people read: the Swedish field label, or English made from the column key.
QString header(const Column& column, bool english);
// The sheet's columns for a table: with forTemplate, without the UUIDs and the time of removal.
std::vector<SheetColumn> layoutOf(const TableSpec& table, bool english, bool forTemplate);
QString sheetNameOf(const TableSpec& table, bool english);
// Other headers people give a column in their own sheets ("Rubrik" for a title), lower case.
QStringList synonymsOf(const TableSpec& table, const Column& column);
// The English name of a column key: "due_date" gives "Due date", "unit_id" gives "Unit".
QString englishName(const QString& key);

} // namespace SheetColumns

} // namespace sakra
