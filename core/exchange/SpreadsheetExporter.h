#pragma once

#include <QString>
#include <vector>

namespace sakra {

class Register;
struct TableSpec;

// The register as spreadsheets people work with: a workbook of one sheet per table, one table as
// CSV, and an empty workbook to fill in for import (a template). The columns are the exchange
// format's (docs/exchange-format.md): each row's UUID, the table's own columns with Swedish or
// English headers, references as a readable name (a unit's path, a person's name) beside the
// UUID of the row referred to, codes as their Swedish label (English workbooks: the code itself)
// with a dropdown of the allowed values, dates as dates and numbers as numbers. A hidden sheet
// "_codes" holds the code lists and a hidden sheet "_meta" the format version, each sheet's table
// and its column keys, so the workbook can be read back without guessing.
class SpreadsheetExporter
{
public:
    struct Options
    {
        bool english = false;
        // Restricted tables (threat assessments) are left out unless asked for, as in JSON.
        bool includeRestricted = false;
    };

    static constexpr const char* kFormatName = "sakra-register-xlsx";
    static constexpr const char* kCodeSheet = "_codes";
    static constexpr const char* kMetaSheet = "_meta";
    // Rows of a template that get the dropdowns.
    static constexpr int kTemplateRows = 1000;

    // tables empty: every table. Throws Error when the file cannot be written.
    static void writeWorkbook(Register& reg, const QString& path, const Options& options,
                              const std::vector<const TableSpec*>& tables = {});
    // One table, as the workbook has it, in CSV (see CsvWriter).
    static void writeCsv(Register& reg, const TableSpec& table, const QString& path, const Options& options);
    // Headers, dropdowns on kTemplateRows rows and a sheet of instructions in Swedish.
    static void writeTemplate(const TableSpec& table, const QString& path);
};

} // namespace sakra
