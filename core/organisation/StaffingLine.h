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
    QString boardName;
    SecurityLevel level = SecurityLevel::Tactical;
    int plannedPosts = 0;
    int filledPercent = 0; // sum of the shares of full time of the active assignments
    int people = 0;        // number of active assignments

    // Positive: posts missing; negative: more than planned. In per cent of a post.
    int gapPercent() const { return plannedPosts * 100 - filledPercent; }
    bool hasGap() const { return gapPercent() > 0; }
    // "1,5" style text of a per-cent-of-post figure.
    static QString postsText(int percent);
};

} // namespace sakra
