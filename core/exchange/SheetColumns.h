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
};

Kind kindOf(const TableSpec& table, const Column& column);
// The column's code list, or null when it holds no codes.
const CodeList* codeList(const TableSpec& table, const Column& column);
// Every code list, each once, in a fixed order.
const std::vector<const CodeList*>& allCodeLists();
// The header people read: the Swedish field label, or English made from the column key.
QString header(const Column& column, bool english);
// The English name of a column key: "due_date" gives "Due date", "unit_id" gives "Unit".
QString englishName(const QString& key);

} // namespace SheetColumns

} // namespace sakra
