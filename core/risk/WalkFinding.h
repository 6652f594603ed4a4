#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

namespace sakra {

// Something a security walk found; riskId is set once it has become a risk.
struct WalkFinding : StoredEntity<WalkFinding>
{
    qint64 walkId = 0;
    QString description;
    qint64 riskId = 0;

    static const TableSpec& spec() { return Tables::walkFinding(); }
    static const Fields<WalkFinding>& fields();
};

} // namespace sakra
