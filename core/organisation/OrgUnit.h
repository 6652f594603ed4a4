#pragma once

#include "UnitKind.h"
#include "storage/Fields.h"
#include "storage/Tables.h"

namespace sakra {

// A node of the organisation tree: the municipality, a board, an administration, a company,
// a department or a unit. An administration or company names the board it reports to.
struct OrgUnit : StoredEntity<OrgUnit>
{
    qint64 parentId = 0;
    UnitKind kind = UnitKind::Unit;
    QString name;
    qint64 boardId = 0;
    QString note;

    static const TableSpec& spec() { return Tables::orgUnit(); }
    static const Fields<OrgUnit>& fields();
};

} // namespace sakra
