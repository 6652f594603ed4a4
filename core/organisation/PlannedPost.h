#pragma once

#include "SecurityLevel.h"
#include "storage/Fields.h"
#include "storage/Tables.h"

namespace sakra {

// How many posts an administration or company is to have at one level of the security
// organisation, or in a related role outside the three levels (seed 003: a background-check
// officer, a post for the classified registry), what each costs a year and which board pays.
struct PlannedPost : StoredEntity<PlannedPost, Tables::plannedPost>
{
    static constexpr int kNotCosted = -1;

    qint64 unitId = 0;
    SecurityLevel level = SecurityLevel::Tactical;
    int posts = 0;
    QString title;                 // a related post's name; empty at the three levels
    int yearlyCostKr = kNotCosted; // per post and year
    qint64 boardId = 0;            // the board that pays, 0: the administration's own

    bool isCosted() const { return yearlyCostKr != kNotCosted; }
    // All the posts' cost a year, 0 when not costed.
    qint64 totalCostKr() const { return isCosted() ? qint64(posts) * yearlyCostKr : 0; }

    static const Fields<PlannedPost>& fields();
};

} // namespace sakra
