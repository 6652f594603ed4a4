#pragma once

#include "TableSpec.h"

namespace sakra {

// Which rows exist and are not removed, as a caller knows it without asking the database for
// every row: an import keeps its own index of the rows, read once and kept current as it writes.
// A repository's checks (EntityRepository::checked) ask it instead of the database when given.
class LiveRows
{
public:
    virtual ~LiveRows() = default;
    // Whether row id of table exists and is not a tombstone; the same answer the database gives.
    virtual bool isLive(const TableSpec& table, qint64 id) = 0;
};

} // namespace sakra
