#pragma once

#include "ChangeSet.h"
#include "Engine.h"
#include "RegisterSource.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <functional>
#include <map>
#include <optional>
#include <vector>

struct sqlite3;

namespace sakra {

// One connection to one register file. Owns the pragmas, the migration path on open and the
// transaction depth that Transaction relies on. Not shared between threads: long work opens a
// Database of its own on the same path.
class Database
{
public:
    static constexpr int kApplicationId = 0x53414B52; // "SAKR"

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    enum class WhenNotWritable
    {
        Refuse,       // the CLI's writing commands: a register they cannot write is an error
        OpenReadOnly, // the GUI: show it, with a note that nothing can be changed
    };

    // Opens an existing register. Refuses (OpenError) anything that is not a register this
    // program can read, without writing to it. A write that was interrupted is first rolled
    // back (see InterruptedWrite; interruptedCopy() then names the copies). An older register is
    // backed up beside itself (FILE.vN.bak) and migrated step by step.
    void openExisting(const QString& path, WhenNotWritable whenNotWritable = WhenNotWritable::Refuse);
    // Opens a register read-only, older versions too, without migrating or writing anything.
    // Refuses a file whose last write was interrupted with InterruptedWriteError.
    void openReadOnly(const QString& path);
    // Creates a new register at path with the newest schema. Refuses an existing file.
    void createNew(const QString& path);
    // Creates a register at an older schema version; for tests of the migration path.
    void createAtVersion(const QString& path, int version);

    // Connects to a shared register on a PostgreSQL server (ServerAddress: a libpq URI or
    // key=value string); password is used for this connection only. The history names the
    // server's session user. Refuses (OpenError) a database that is not a register of this version.
    // user, when given, replaces the address's own.
    void openServer(const QString& address, const QString& password = {}, const QString& user = {});
    // The same without looking for a register there: for setting one up (ServerSchema::install).
    void openServerForSetup(const QString& address, const QString& password = {}, const QString& user = {});
    Engine engine() const { return m_engine; }
    // On a server: calls onChange after each commit of another session (the server's
    // notification, naming no content). Nothing for a file, where dataVersion() is polled.
    void listenForOthersChanges(const std::function<void()>& onChange);
    // On a server, after a ConnectionLostError: connects again with the same address, user and
    // password, and listens again for others' changes. An open transaction is gone with the old
    // connection (the server rolled it back). Throws OpenError while the server cannot be reached.
    void reconnect();
    bool onServer() const { return m_engine == Engine::Postgres; }
    // Whether this connection sees every row: always on a file; on a server for the head of
    // security and for the server's own administrators, whom row security does not hold. The
    // history's hash chain can only be checked whole by one who sees it whole.
    bool seesEverything() const;

    bool isOpen() const;
    // Opened read-only: by openReadOnly(), or by openExisting() on a file this user may not write.
    bool isReadOnly() const { return m_readOnly; }
    // The folder holding the copies made when the last open rolled back an interrupted write;
    // empty when it found none.
    QString interruptedCopy() const { return m_interruptedCopy; }
    // The file lives on a network file system (NFS, SMB/CIFS): several computers may open it.
    bool onNetworkFolder() const { return m_onNetworkFolder; }
    // PRAGMA data_version: changes whenever another connection (another window, another
    // computer) commits to the file.
    qint64 dataVersion() const;
    // The same without waiting: nothing when another program is writing its commit right now.
    std::optional<qint64> dataVersionIfFree() const;
    // The commit counter in the file's header, read without SQLite and without a lock: a cheap
    // first look whether anyone committed since the last look.
    static quint32 fileChangeCounter(const QString& path);
    void close();
    // The file, or for a shared register the server address as people read it (user@host/db).
    QString path() const { return m_path; }
    // How to open another connection to this register (RegisterSource).
    RegisterSource source() const { return m_source; }
    int schemaVersion() const;
    // How refreshPlannerStatistics counts: Quick samples about a thousand entries of each index
    // (on open, a few milliseconds however large the file); Whole counts every entry (after a
    // bulk load or a new index: under a second on a stockholm-scale file). A sample of a large
    // table can be off by half, and then SQLite scans a million rows where an index of them
    // would count them in a tenth of the time.
    enum class Statistics
    {
        Quick,
        Whole
    };
    // Brings the query planner's statistics up to date; run on open and after bulk loads.
    void refreshPlannerStatistics(Statistics how = Statistics::Quick);

    // Copies the whole register to path with SQLite's online backup; the copy is owner-only.
    void backupTo(const QString& path) const;
    // Writes the register at from over the register at to, page by page through SQLite's backup
    // API, so a window that has `to` open sees it as one more commit. Both files must exist.
    static void copyOver(const QString& from, const QString& to);
    // Runs SQLite's integrity check; returns an empty string when the file is sound.
    QString integrityProblem() const;
    // The sets of columns of table that only one live row may share (its unique indexes beside
    // the UUID's), for a merge to find a clash before it writes.
    std::vector<QStringList> uniqueColumnSets(const QString& table) const;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    // The connection's own SQLite handle (SqliteStatement, the backup API); null when closed.
    sqlite3* handle() const;
    // A statement prepared once and kept while the connection is open, for the lookups that run
    // once per row of an import (Query::cached). Not for a statement read while another runs.
    QSqlQuery cachedStatement(const QString& sql) const;

    // Who the change history names for writes through this connection.
    QString actor() const { return m_actor; }
    void setActor(const QString& actor) { m_actor = actor; }

    // Used by Transaction only.
    int& transactionDepth() { return m_transactionDepth; }
    // Used by Transaction only: the outermost transaction begins and ends its instant.
    void beginInstant() { m_instant = nextInstant(); }
    void endInstant() { m_instant.clear(); }

    // What the open transaction has changed so far. Writers add to it inside a Transaction; the
    // outermost commit hands it to the observers, a rollback drops it.
    ChangeSet& pendingChanges() { return m_pending; }
    using ChangeObserver = std::function<void(const ChangeSet&)>;
    // Called after every commit that changed something, with what it changed. Returns a handle
    // for removeChangeObserver().
    int addChangeObserver(ChangeObserver observer);
    void removeChangeObserver(int handle);
    // Used by Transaction only: hands the pending changes to the observers (after a commit) or
    // drops them (after a rollback).
    void announcePendingChanges();
    void dropPendingChanges() { m_pending.clear(); }

    // How long a write waits for another window or computer that is writing to the same file.
    static constexpr int kBusyTimeoutMs = 5000;

    static QString nowUtc();
    // The time this connection writes into rows and history: one instant for a whole
    // transaction, and each transaction later than the one before (by a millisecond at least,
    // even when the clock has not moved), so "removed with the row" can be told by the time.
    QString now();
    static bool isNetworkFileSystem(const QString& path);
    static QString defaultActor();

private:
    struct QuickCheck
    {
        enum Outcome
        {
            Sound,
            Busy,
            Interrupted,
            Damaged,
            Failed
        } outcome = Sound;
        QString problem;
    };
    // SQLite's quick check through a read-only connection of its own; only what SQLite calls
    // corrupt is damage.
    QuickCheck quickCheck(const QString& path);
    void openConnection(const QString& path, bool readOnly);
    void applyPragmas();
    QString nextInstant();

    QString m_connectionName;
    mutable QHash<QString, QSqlQuery> m_cachedStatements;
    QString m_path;
    RegisterSource m_source;
    QString m_actor;
    QString m_interruptedCopy;
    int m_transactionDepth = 0;
    QString m_instant;
    QDateTime m_lastInstant;
    ChangeSet m_pending;
    std::map<int, ChangeObserver> m_observers;
    int m_nextObserver = 1;
    bool m_readOnly = false;
    bool m_onNetworkFolder = false;
    Engine m_engine = Engine::Sqlite;
    std::function<void()> m_othersChanged;
};

} // namespace sakra
