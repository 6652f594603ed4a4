#pragma once

#include "SecurityLevel.h"
#include "storage/Fields.h"
#include "storage/Tables.h"

namespace sakra {

// How many posts an administration or company is to have at one level of the security organisation.
struct PlannedPost : StoredEntity<PlannedPost>
{
    qint64 unitId = 0;
    SecurityLevel level = SecurityLevel::Tactical;
    int posts = 0;

    static const TableSpec& spec() { return Tables::plannedPost(); }
    static const Fields<PlannedPost>& fields();
};

} // namespace sakra
