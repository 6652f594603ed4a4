#pragma once

#include <QSqlDatabase>
#include <QString>

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

    // Opens an existing register. Refuses (OpenError) anything that is not a register this
    // program can read, without writing to it. An older register is backed up beside itself
    // (FILE.vN.bak) and migrated step by step.
    void openExisting(const QString& path);
    // Opens a register read-only, older versions too, without migrating or writing anything.
    void openReadOnly(const QString& path);
    // Creates a new register at path with the newest schema. Refuses an existing file.
    void createNew(const QString& path);
    // Creates a register at an older schema version; for tests of the migration path.
    void createAtVersion(const QString& path, int version);

    bool isOpen() const;
    void close();
    QString path() const { return m_path; }
    int schemaVersion() const;
    // Brings the query planner's statistics up to date; run on open and after bulk loads.
    void refreshPlannerStatistics();

    // Copies the whole register to path with SQLite's online backup; the copy is owner-only.
    void backupTo(const QString& path) const;
    // Runs SQLite's integrity check; returns an empty string when the file is sound.
    QString integrityProblem() const;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }

    // Who the change history names for writes through this connection.
    QString actor() const { return m_actor; }
    void setActor(const QString& actor) { m_actor = actor; }

    // Used by Transaction only.
    int& transactionDepth() { return m_transactionDepth; }

    static QString nowUtc();
    static QString defaultActor();

private:
    void openConnection(const QString& path, bool readOnly);
    void applyPragmas();

    QString m_connectionName;
    QString m_path;
    QString m_actor;
    int m_transactionDepth = 0;
};

} // namespace sakra
