#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

namespace sakra {

// A focus area of a requirement profile (catalogue, editable).
struct FocusArea : StoredEntity<FocusArea>
{
    QString name;
    QString description;
    int sortOrder = 0;

    static const TableSpec& spec() { return Tables::focusArea(); }
    static const Fields<FocusArea>& fields();
};

} // namespace sakra
