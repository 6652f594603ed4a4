#pragma once

#include <QString>

namespace sakra {

// What every list read a page at a time asks for besides its own filters: the part of the
// organisation, a text to look for, the order (done in SQL) and the window of rows. A list's query
// derives from it with the list's Sort enum and the order the list starts in.
template <typename SortBy, SortBy kDefaultSort, bool kDefaultAscending = true> struct ListQuery
{
    using Sort = SortBy;

    qint64 scopeUnitId = 0; // 0: the whole register; the list says what a unit takes in
    QString text;           // looked for in the columns the list names; empty: no such filter
    Sort sort = kDefaultSort;
    bool ascending = kDefaultAscending;
    int offset = 0;
    int limit = -1; // -1: every row from offset on
};

} // namespace sakra
