#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace sakra {

class Database;

// Clears the values of a retention run's fields from the change history of the rows it cleared:
// an update's old and new value become NULL, a creation's first values lose the fields. Who
// changed what and when stays. The rows it changed are re-sealed afterwards
// (HashChain::resealFrom) by the run, which checked the chain whole first. See
// docs/retention.md.
class RetentionHistory
{
public:
    explicit RetentionHistory(const Database& db) : m_db(db) {}

    // Clears fields in the history of the row uuid; returns how many entries changed.
    qint64 clear(const QString& uuid, const QStringList& fields);
    // The smallest id changed so far, 0 when none.
    qint64 firstChanged() const { return m_first; }
    qint64 changed() const { return m_changed; }

private:
    const Database& m_db;
    qint64 m_first = 0;
    qint64 m_changed = 0;
};

} // namespace sakra
