#include "InterruptedWrite.h"

#include "Errors.h"
#include "OwnerOnly.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace sakra {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::InterruptedWrite", text);
}

// Runs one read on path through a connection of its own; returns SQLite's extended result code.
// A read is what makes SQLite look for a hot journal: on a read-write connection it rolls the
// journal back, on a read-only one it answers SQLITE_READONLY_ROLLBACK.
int firstRead(const QString& path, bool readWrite, QString* why = nullptr)
{
    sqlite3* db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    const int flags = readWrite ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
    int rc = sqlite3_open_v2(name.constData(), &db, flags, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_extended_result_codes(db, 1);
        // Another program may be between two steps of its own write; wait for it a moment.
        sqlite3_busy_timeout(db, 5000);
        sqlite3_stmt* stmt = nullptr;
        rc = sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master", -1, &stmt, nullptr);
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(stmt);
            if (rc == SQLITE_ROW || rc == SQLITE_DONE)
                rc = SQLITE_OK;
            else
                rc = sqlite3_extended_errcode(db);
        } else {
            rc = sqlite3_extended_errcode(db);
        }
        sqlite3_finalize(stmt);
    }
    if (why && db)
        *why = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_close(db);
    return rc;
}

} // namespace

bool InterruptedWrite::detect(const QString& path)
{
    const QFileInfo journal(journalPath(path));
    if (!journal.exists() || journal.size() == 0 || !QFileInfo(path).isFile())
        return false;
    return firstRead(path, false) == SQLITE_READONLY_ROLLBACK;
}

QString InterruptedWrite::recover(const QString& path)
{
    if (!detect(path))
        return QString();
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
        throw OpenError(
            tr("Den senaste ändringen i %1 avbröts och kan bara ångras av någon som får skriva i filen och "
               "dess mapp. Registret är inte skadat: ta inte bort filen %2.")
                .arg(shown, QDir::toNativeSeparators(journalPath(path))));

    // The copies come first, so whatever happens next the state SQLite found is kept.
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString folder = QStringLiteral("%1.interrupted-%2").arg(info.absoluteFilePath(), stamp);
    for (int n = 2; QFileInfo::exists(folder); ++n)
        folder = QStringLiteral("%1.interrupted-%2-%3").arg(info.absoluteFilePath(), stamp).arg(n);
    const QString copy = QDir(folder).filePath(info.fileName());
    const bool copied = OwnerOnly::makeFolder(folder) && OwnerOnly::copy(path, copy) &&
                        OwnerOnly::copy(journalPath(path), journalPath(copy));
    if (!copied && !detect(path)) {
        // Another window opened the same file at the same moment and has already rolled the
        // journal back: nothing is left to recover, and the half-made copies are of no use.
        QDir(folder).removeRecursively();
        return QString();
    }
    if (!copied)
        throw OpenError(
            tr("Den senaste ändringen i %1 avbröts. Kan inte lägga en kopia av filen och dess journal i %2; "
               "inget har ändrats.")
                .arg(shown, QDir::toNativeSeparators(folder)));

    QString why;
    const int rc = firstRead(path, true, &why);
    if (rc != SQLITE_OK || detect(path))
        throw OpenError(
            tr("Den senaste ändringen i %1 avbröts och kunde inte ångras: %2. En kopia av filen och "
               "journalen finns i %3.")
                .arg(shown, why, QDir::toNativeSeparators(folder)));
    return folder;
}

QString InterruptedWrite::readOnlyMessage(const QString& path)
{
    return tr("%1: den senaste ändringen avbröts (krasch eller strömavbrott) och registret är inte skadat; "
              "kör "
              "sakra-cli recover %1 för att få tillbaka läget efter den senaste fullständiga ändringen.")
        .arg(QDir::toNativeSeparators(path));
}

QString InterruptedWrite::recoveredMessage(const QString& path, const QString& copyFolder)
{
    return tr("Den senaste ändringen i %1 avbröts (krasch eller strömavbrott) och har ångrats. Registret är "
              "som det "
              "var efter den senaste fullständiga ändringen. En kopia av filen som den var finns i %2.")
        .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(copyFolder));
}

} // namespace sakra
