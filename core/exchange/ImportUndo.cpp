#include "ImportUndo.h"

#include "Register.h"
#include "storage/RecordStore.h"
#include "storage/Transaction.h"

namespace sakra::ImportUndo {

namespace {

// Writes values over an updated row; a removed row is brought back for the write only.
void writeValues(Database& db, const ImportedRow& row, const QVariantMap& values)
{
    RecordStore store(db, *row.table);
    if (row.removed)
        store.restore(row.id);
    store.update(row.id, values);
    if (row.removed)
        store.remove(row.id);
}

} // namespace

void undo(Register& reg, const std::vector<ImportedRow>& rows)
{
    Database& db = reg.database();
    Transaction tx(db);
    // Backwards: the last row written is the first taken back.
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        if (it->created) {
            if (!it->removed)
                RecordStore(db, *it->table).remove(it->id);
        } else {
            writeValues(db, *it, it->before);
        }
    }
    tx.commit();
}

void redo(Register& reg, const std::vector<ImportedRow>& rows)
{
    Database& db = reg.database();
    Transaction tx(db);
    for (const ImportedRow& row : rows) {
        if (row.created) {
            if (!row.removed)
                RecordStore(db, *row.table).restore(row.id);
        } else {
            writeValues(db, row, row.after);
        }
    }
    tx.commit();
}

} // namespace sakra::ImportUndo
