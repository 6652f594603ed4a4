#pragma once

#include "SpreadsheetImporter.h"

#include <vector>

namespace sakra {

class Register;

// Takes a spreadsheet import back and does it again, from the rows it wrote
// (SpreadsheetImporter::Result::written). Each runs in one transaction through RecordStore, the
// normal write path, so the change history records both directions and the views learn of them.
//
// undo: rows the import made become tombstones (as a repository's remove leaves them), rows it
// updated get their earlier values back. redo: the made rows are restored with their ids and
// UUIDs, the updated rows get the imported values again. A row made as a tombstone (a removed
// row in a round trip) stays a tombstone both ways; a removed row the import updated is restored
// for the write and removed again, so its values follow too.
namespace ImportUndo {

void undo(Register& reg, const std::vector<ImportedRow>& rows);
void redo(Register& reg, const std::vector<ImportedRow>& rows);

} // namespace ImportUndo

} // namespace sakra
