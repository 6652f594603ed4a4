#pragma once

namespace sakra {

class Database;

// The indexes of schema step 11 (the lists at a city's scale). SQLite (3.40, Debian's) reads a
// partial index "WHERE deleted_at IS NULL" as covering only when deleted_at is one of its columns:
// without it every index entry a list's count or key scan passed cost a look-up of the table row
// (a million incidents counted in 90 ms instead of 10). The step puts deleted_at last into the
// indexes the lists scan (it is always NULL there, so an entry grows by a byte) and adds the ones
// a list lacked. A released step never changes: a later change of these belongs to a step of its
// own.
class ListIndexes
{
public:
    static void create(Database& db);
};

} // namespace sakra
