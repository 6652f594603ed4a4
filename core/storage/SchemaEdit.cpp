#include "SchemaEdit.h"

#include "Errors.h"
#include "Query.h"

#include <QString>

namespace sakra {

void SchemaEdit::widenChecks(Database& db, const std::vector<WiderCheck>& checks, int step)
{
    const int version = Query(db, QStringLiteral("PRAGMA schema_version")).scalar().toInt();
    Query(db, QStringLiteral("PRAGMA writable_schema = ON")).exec();
    for (const WiderCheck& w : checks) {
        Query edit(db,
                   QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE type = 'table' "
                                  "AND name = ? AND instr(sql, ?) > 0"));
        edit.bind(QString::fromUtf8(w.before))
            .bind(QString::fromUtf8(w.after))
            .bind(QString::fromUtf8(w.table))
            .bind(QString::fromUtf8(w.before));
        edit.exec();
        if (edit.rowsAffected() != 1) {
            Query(db, QStringLiteral("PRAGMA writable_schema = OFF")).exec();
            throw StorageError(QStringLiteral("Schema step %1: the constraint of %2 is not the one expected")
                                   .arg(step)
                                   .arg(QString::fromUtf8(w.table)));
        }
    }
    // The new number makes every connection read the edited definitions again.
    Query(db, QStringLiteral("PRAGMA schema_version = %1").arg(version + 1)).exec();
    Query(db, QStringLiteral("PRAGMA writable_schema = OFF")).exec();
    // Read the edited definitions back now, inside the step, so the connection's next statement
    // finds the schema loaded.
    Query(db, QStringLiteral("SELECT count(*) FROM sqlite_master")).scalar();
}

} // namespace sakra
