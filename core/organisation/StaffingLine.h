#pragma once

#include "SecurityLevel.h"

#include <QString>

namespace sakra {

// Planned against filled posts at one level of one administration or company. Filled posts are
// counted in per cent of full time (two half-time coordinators fill one post), in integers so
// sums never drift.
struct StaffingLine
{
    qint64 unitId = 0;
    QString unitName;
    QString boardName; // the boards the administration reports to, its own first
    SecurityLevel level = SecurityLevel::Tactical;
    QString title;            // a related post's name
    qint64 payingBoardId = 0; // the board that pays the posts, when not the administration's own
    QString payingBoardName;
    int plannedPosts = 0;
    int yearlyCostKr = -1; // per post, -1: not costed
    int filledPercent = 0; // sum of the shares of full time of the active assignments
    int people = 0;        // number of active assignments

    // Positive: posts missing; negative: more than planned. In per cent of a post.
    // Related posts are planned by name and counted as filled by nobody: they have no gap.
    int gapPercent() const
    {
        return level == SecurityLevel::Related ? 0 : plannedPosts * 100 - filledPercent;
    }
    bool hasGap() const { return gapPercent() > 0; }
    bool isCosted() const { return yearlyCostKr >= 0; }
    qint64 totalCostKr() const { return isCosted() ? qint64(plannedPosts) * yearlyCostKr : 0; }
    // The level, or a related post's name.
    QString postText() const;
    // "1,5" style text of a per-cent-of-post figure.
    static QString postsText(int percent);
};

} // namespace sakra
