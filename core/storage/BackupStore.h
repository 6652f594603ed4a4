#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace sakra {

class Database;

// The backups folder: copies of registers made through SQLite's backup API, named after the
// register they come from, when and why. A rolling copy when a register is opened (at most one a
// day; the last 7 days and one for each of the 4 weeks before them are kept), and one before
// every migration, import, merge, restore and retention run. Copies are owner-only, like the registers.
class BackupStore
{
public:
    enum class Reason
    {
        Daily,
        Migration,
        Import,
        Merge,
        Restore,
        Manual,
        Retention
    };

    struct Entry
    {
        QString path;
        QDateTime made; // local time, from the name
        Reason reason = Reason::Manual;
    };

    // $SAKRA_BACKUP_DIR when set, else the folder chosen in the application's settings
    // (backups/folder), else "backups" beside the default register.
    static QString defaultFolder();

    explicit BackupStore(const QString& folder = defaultFolder());
    QString folder() const { return m_folder; }

    // Copies the register open in db into the folder now; returns the copy's path.
    QString make(const Database& db, Reason reason) const;
    // The daily copy: made when none of db's register was made on today's date; older daily
    // copies beyond what is kept are removed. Returns the new copy's path, or empty when none was due.
    QString makeDaily(const Database& db, const QDateTime& now = QDateTime::currentDateTime()) const;
    // The same through a read-only connection of its own, for a worker thread.
    QString makeDailyOf(const QString& registerPath) const;
    // Copies of the register at registerPath, newest first.
    QList<Entry> list(const QString& registerPath) const;

    // Live rows of the main kinds in a copy, for people choosing one: (label, count). Reads
    // the copy only; kinds a copy's format does not have are left out.
    static QList<QPair<QString, qint64>> summary(const QString& copyPath);
    static QString reasonLabel(Reason reason);

    // Checks that from is a sound register this version can read, copies the register at
    // registerPath into the folder (reason Restore), then writes from over it, upgraded first
    // when it is of an older version. Returns the path of the copy of what was there. A register
    // that does not open is kept byte for byte (its journal moved beside the copy) and replaced
    // whole. registerPath must not be open in this process.
    QString restore(const QString& registerPath, const QString& from) const;

private:
    QString prefixFor(const QString& registerPath) const;
    QString newPath(const QString& registerPath, Reason reason) const;
    QString keepUnreadable(const QString& registerPath) const;
    void prune(const QString& registerPath, const QDate& today) const;

    QString m_folder;
};

} // namespace sakra
