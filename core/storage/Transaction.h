#pragma once

namespace sakra {

class Database;

// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() was called. Nested
// Transactions join the outermost one, so a repository method can be used alone or inside a
// larger unit of work; an exception anywhere rolls back the whole unit. The outermost commit
// announces what the unit changed (Database::addChangeObserver); a rollback announces nothing.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_outermost = false;
    bool m_done = false;
    bool m_holdsDepth = true;
};

} // namespace sakra
