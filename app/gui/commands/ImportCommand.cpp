#include "ImportCommand.h"

#include "exchange/ImportUndo.h"

namespace sakra::gui {

ImportCommand::ImportCommand(RegisterSession& session, std::vector<ImportedRow> rows, const QString& text)
    : RegisterCommand(session, text), m_rows(std::move(rows))
{
}

void ImportCommand::apply(bool firstTime)
{
    if (!firstTime)
        ImportUndo::redo(reg(), m_rows);
}

void ImportCommand::revert()
{
    ImportUndo::undo(reg(), m_rows);
}

} // namespace sakra::gui
