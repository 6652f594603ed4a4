#pragma once

#include "SecurityLevel.h"
#include "storage/Fields.h"
#include "storage/Tables.h"

namespace sakra {

// How many posts an administration or company is to have at one level of the security organisation.
struct PlannedPost : StoredEntity<PlannedPost, Tables::plannedPost>
{
    qint64 unitId = 0;
    SecurityLevel level = SecurityLevel::Tactical;
    int posts = 0;

    static const Fields<PlannedPost>& fields();
};

} // namespace sakra
