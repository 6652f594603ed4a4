#pragma once

#include "ChangeEntry.h"

#include <QString>
#include <QVariant>
#include <functional>
#include <memory>

namespace sakra {

class Database;

// The change history as a hash chain: each change_log row carries the SHA-256 of the previous
// row's hash and its own content (id included). Editing, deleting or inserting a row with an
// SQLite tool breaks the chain at that row or the one after it, and verify() finds it. The chain
// has no secret: it makes a change outside Säkra visible, it does not prevent someone who
// rewrites every hash from the edited row onward.
class HashChain
{
public:
    struct Link
    {
        qint64 id = 0;
        QString hash; // hex; empty before the first row
    };

    struct Verification
    {
        qint64 entries = 0;
        qint64 firstBrokenId = 0; // 0: the chain is intact
        QString firstBrokenAt;    // the broken row's time and what it is about, for people
        bool intact() const { return firstBrokenId == 0; }
    };

    // The text SQLite stores for a history value (old_value and new_value are TEXT columns), or
    // a null QVariant for NULL. What is hashed is what is stored, so the hash reads back.
    static QVariant storedText(const QVariant& value);

    static QString hashOf(const QString& previousHash, qint64 id, const ChangeEntry& entry);

    // The last row of the chain; write inside the transaction that appends to it.
    static Link last(const Database& db);
    // Appends entry as row last.id + 1 with its hash; returns the new last link. at and actor
    // must be filled in.
    static Link append(const Database& db, const Link& last, const ChangeEntry& entry);

    // Appends many entries with one prepared statement (imports).
    class Appender
    {
    public:
        explicit Appender(const Database& db);
        ~Appender();
        Appender(const Appender&) = delete;
        Appender& operator=(const Appender&) = delete;
        void append(const ChangeEntry& entry);

    private:
        struct Statement;
        std::unique_ptr<Statement> m_statement;
        Link m_last;
    };

    // Computes every hash anew in id order (a migrated register).
    static void rebuild(const Database& db);
    // Computes the hashes of the rows from fromId on anew, chained to the stored hash of the row
    // before it: after a retention run cleared values in those rows (RetentionHistory, which
    // verifies the whole chain first, so no edit made outside Säkra is sealed in). Returns the
    // new last link.
    static Link resealFrom(const Database& db, qint64 fromId);
    // cancelled, when given, is asked now and then; a cancelled check returns what it saw so far.
    static Verification verify(const Database& db, const std::function<bool()>& cancelled = {});
    // The same through a read-only connection of its own on the file, for a worker thread.
    static Verification verifyFile(const QString& path, const std::function<bool()>& cancelled = {});
};

} // namespace sakra
