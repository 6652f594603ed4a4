#include "MunicipalityStart.h"

#include "Register.h"
#include "storage/Transaction.h"

#include <QHash>

namespace sakra {

void MunicipalityStart::writeTo(Register& reg) const
{
    Transaction tx(reg.database());
    OrgUnit municipality;
    municipality.kind = UnitKind::Municipality;
    municipality.name = name.trimmed();
    const qint64 root = reg.units().create(municipality);

    QHash<QString, qint64> boardIds;
    for (const QString& boardName : boards) {
        const QString trimmed = boardName.trimmed();
        if (trimmed.isEmpty() || boardIds.contains(trimmed))
            continue;
        OrgUnit board;
        board.kind = UnitKind::Board;
        board.parentId = root;
        board.name = trimmed;
        boardIds.insert(trimmed, reg.units().create(board));
    }
    for (const Administration& a : administrations) {
        if (a.name.trimmed().isEmpty())
            continue;
        OrgUnit admin;
        admin.kind = a.company ? UnitKind::Company : UnitKind::Administration;
        admin.boardId = boardIds.value(a.board.trimmed());
        // As in the demo municipality: an administration sits under its board, a company under
        // the municipality.
        admin.parentId = !a.company && admin.boardId ? admin.boardId : root;
        admin.name = a.name.trimmed();
        reg.units().create(admin);
    }
    tx.commit();
}

} // namespace sakra
