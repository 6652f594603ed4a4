#pragma once

#include "RegisterCommand.h"
#include "exchange/SpreadsheetImporter.h"

#include <vector>

namespace sakra::gui {

// A spreadsheet import as one undo step. The import itself ran on a worker thread with a
// connection of its own before the command is pushed, so the first run does nothing; undo takes
// every row back and redo writes them again (ImportUndo), each in one transaction.
class ImportCommand : public RegisterCommand
{
public:
    ImportCommand(RegisterSession& session, std::vector<ImportedRow> rows, const QString& text);

    std::size_t rowCount() const { return m_rows.size(); }

protected:
    void apply(bool firstTime) override;
    void revert() override;

private:
    std::vector<ImportedRow> m_rows;
};

} // namespace sakra::gui
