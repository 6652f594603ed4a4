#pragma once

#include "SheetData.h"

#include <QStringList>
#include <QVariantMap>
#include <atomic>
#include <functional>
#include <vector>

namespace sakra {

class Register;
struct TableSpec;

// One refused row (or a refused column: row is then the header row): the sheet, the sheet's own
// row number, the column's header, the value as written and what is wrong, in Swedish.
struct ImportRefusal
{
    QString sheet;
    int row = 0;
    QString column;
    QString value;
    QString message;
};

// How one sheet is read: what its rows are (table), which row holds the headers, and for each
// sheet column the layout key (SheetColumns::layoutOf) it is read as; an empty key: ignored.
struct SheetMapping
{
    QString sheet;
    int headerRow = 1;
    const TableSpec* table = nullptr;
    QStringList headers; // the header row's texts, one per sheet column
    QStringList keys;    // one per sheet column; empty: the column is not read

    // The headers of the columns that are not read, for people to see.
    QStringList ignored() const;
};

// What an import does or would do: rows new, updated, unchanged and refused, and every refusal.
struct ImportPreview
{
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 refused = 0;
    std::vector<ImportRefusal> refusals; // at most kMaxRefusals listed; refused counts them all

    static constexpr std::size_t kMaxRefusals = 1000;
    bool accepted() const { return refused == 0 && refusals.empty(); }
};

// A row an import wrote, for taking the import back (ImportUndo) and doing it again. Values are
// keyed by column name as RecordStore reads them (a reference is the referred row's id).
struct ImportedRow
{
    const TableSpec* table = nullptr;
    qint64 id = 0;
    bool created = false; // made by the import; otherwise an existing row updated
    bool removed = false; // a tombstone: made removed (a round trip) or updated while removed
    QVariantMap before;   // updated rows: every column as stored before the import
    QVariantMap after;    // updated rows: every column as the import wrote it
};

// Reads spreadsheets (XLSX or CSV, SpreadsheetFile) into a register: risks, actions, incidents,
// training, routines, alarms, people, units, sites, budget lines, planned posts, and every table
// of Säkra's own workbook. An import never deletes and is all or nothing.
//
// Matching: a row with a UUID updates that row; without one a natural key decides (the unit and
// the title, name or date; incidents: unit, date, time and kind); more than one match is refused
// with the candidates named. References: units by path or unique name, people by e-mail or
// unique name, other rows by their name, all by UUID; codes by code, Swedish label or English
// name. Each row is checked by its repository's validation.
//
// Threads: the importer holds only the workbook (plain data). preview() and commit() work on the
// Register given, so a worker thread opens a Register of its own on the file and calls them
// there; progress is called on that thread and cancel may be set from any thread.
class SpreadsheetImporter
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    struct Options
    {
        Progress progress;
        const std::atomic_bool* cancel = nullptr;
        // Where the backup made before the import goes; empty: BackupStore::defaultFolder().
        QString backupFolder;
    };

    struct Result
    {
        enum class Outcome
        {
            Imported,
            Refused,  // rows were refused: nothing was written (see preview)
            Cancelled // nothing was written
        };
        Outcome outcome = Outcome::Refused;
        ImportPreview preview;
        QString backupPath;
        // Imported: every row written (created or updated; unchanged rows are not listed), in
        // the order written.
        std::vector<ImportedRow> written;
    };

    explicit SpreadsheetImporter(WorkbookData book);
    // Throws ImportError (a message in Swedish) when the file cannot be read.
    static SpreadsheetImporter open(const QString& path);

    const WorkbookData& workbook() const { return m_book; }

    // Säkra's own workbook (it has the _meta sheet): one mapping per sheet, nothing to choose.
    // Empty for any other workbook.
    std::vector<SheetMapping> ownMappings() const;
    // The automatic mapping of a sheet's header row to a table's columns: Säkra's Swedish and
    // English headers and common synonyms; what matches nothing is left unmapped (ignored).
    SheetMapping proposeMapping(const QString& sheet, const TableSpec& table, int headerRow = 1) const;
    // The table a sheet's name says (its Swedish label or table name), or null.
    static const TableSpec* tableNamed(const QString& sheetName);
    // What people may choose as the rows of a sheet.
    static std::vector<const TableSpec*> importableTables();

    // Works the whole import out in a transaction that is rolled back: the counts and refusals
    // commit() would give. Writes nothing.
    ImportPreview preview(Register& reg, const std::vector<SheetMapping>& mappings) const;
    // The same with progress and cancel (the backup folder is not used); a cancelled preview
    // returns what it had worked out so far.
    ImportPreview preview(Register& reg, const std::vector<SheetMapping>& mappings,
                          const Options& options) const;
    // A backup of the register, then the import in one transaction, committed only when no row
    // was refused and it was not cancelled.
    Result commit(Register& reg, const std::vector<SheetMapping>& mappings, const Options& options) const;

private:
    WorkbookData m_book;
};

} // namespace sakra
