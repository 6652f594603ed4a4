#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

namespace sakra {

// A kind of action (catalogue, editable): camera surveillance, guards, locks, training ...
struct ActionKind : StoredEntity<ActionKind>
{
    QString name;
    int sortOrder = 0;

    static const TableSpec& spec() { return Tables::actionKind(); }
    static const Fields<ActionKind>& fields();
};

} // namespace sakra
