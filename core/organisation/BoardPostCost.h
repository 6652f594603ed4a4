#pragma once

#include <QString>

namespace sakra {

// One board's budget allocation for a year against what the planned posts it pays for cost a year
// (seed 003: the boards' frames are raised to pay for the security organisation's posts).
struct BoardPostCost
{
    qint64 boardId = 0;
    QString boardName;
    int year = 0;
    qint64 allocationKr = -1; // -1: no allocation recorded for the year
    qint64 postsCostKr = 0;   // the costed posts
    int postsNotCosted = 0;   // planned posts without a cost

    bool hasAllocation() const { return allocationKr >= 0; }
    // What is left of the allocation after the posts (negative: the posts cost more).
    qint64 remainingKr() const { return allocationKr - postsCostKr; }
};

} // namespace sakra
