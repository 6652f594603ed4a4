#include "BackupStore.h"

#include "Database.h"
#include "Errors.h"
#include "FileProbe.h"
#include "InterruptedWrite.h"
#include "OwnerOnly.h"
#include "Query.h"
#include "Schema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <optional>

namespace sakra {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::BackupStore", text);
}

constexpr int kDailyKept = 7;
constexpr int kWeeklyKept = 4;

const char* const kReasonKeys[] = {"daily", "migration", "import", "merge", "restore", "manual", "retention"};

QString reasonKey(BackupStore::Reason reason)
{
    return QLatin1String(kReasonKeys[int(reason)]);
}

std::optional<BackupStore::Reason> reasonFromKey(const QString& key)
{
    for (int i = 0; i < int(std::size(kReasonKeys)); ++i)
        if (key == QLatin1String(kReasonKeys[i]))
            return BackupStore::Reason(i);
    return std::nullopt;
}

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

} // namespace

QString BackupStore::defaultFolder()
{
    const QString chosen = qEnvironmentVariable("SAKRA_BACKUP_DIR");
    if (!chosen.isEmpty())
        return chosen;
    // The GUI's setting, so the command line's copies land where the GUI lists them.
    const QString set = QSettings(QStringLiteral("Sakra"), QStringLiteral("Sakra"))
                            .value(QStringLiteral("backups/folder"))
                            .toString();
    if (!set.isEmpty())
        return set;
        // Beside the default register, which the GUI keeps in its application-data folder; the
        // command line has another application name, so the folder is spelled out here.
#ifdef Q_OS_WIN
    const QString base = qEnvironmentVariable("APPDATA");
#else
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
#endif
    return base + QStringLiteral("/Sakra/Sakra/backups");
}

BackupStore::BackupStore(const QString& folder) : m_folder(folder) {}

QString BackupStore::prefixFor(const QString& registerPath) const
{
    // The file name says which register a copy is of; the hash of the full path tells two
    // registers of the same name in different folders apart.
    const QFileInfo info(registerPath);
    const QByteArray where =
        QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(8);
    return QStringLiteral("%1-%2-").arg(info.completeBaseName(), QString::fromLatin1(where));
}

QString BackupStore::newPath(const QString& registerPath, Reason reason) const
{
    QDir dir(m_folder);
    // A folder of our own making is owner-only, like the copies in it; one the user chose keeps
    // the rights it has.
    if (!dir.exists() && !OwnerOnly::makeFolder(m_folder))
        throw StorageError(
            tr("Kan inte skapa mappen för säkerhetskopior %1.").arg(QDir::toNativeSeparators(m_folder)));
    const QString stem = prefixFor(registerPath) + QDateTime::currentDateTime().toString(kStampFormat) +
                         QLatin1Char('-') + reasonKey(reason);
    QString path = dir.filePath(stem + QStringLiteral(".sakra"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1-%2.sakra").arg(stem).arg(n));
    return path;
}

QString BackupStore::make(const Database& db, Reason reason) const
{
    const QString path = newPath(db.path(), reason);
    db.backupTo(path);
    return path;
}

QString BackupStore::makeDailyOf(const QString& registerPath) const
{
    Database db;
    db.openReadOnly(registerPath);
    return makeDaily(db);
}

QList<BackupStore::Entry> BackupStore::list(const QString& registerPath) const
{
    const QString prefix = prefixFor(registerPath);
    static const QRegularExpression tail(QStringLiteral("^(\\d{8}-\\d{6})-([a-z]+)(?:-\\d+)?\\.sakra$"));
    QList<Entry> out;
    const QStringList names = QDir(m_folder).entryList({prefix + QStringLiteral("*.sakra")}, QDir::Files);
    for (const QString& name : names) {
        const QRegularExpressionMatch m = tail.match(name.mid(prefix.size()));
        if (!m.hasMatch())
            continue;
        const auto reason = reasonFromKey(m.captured(2));
        const QDateTime made = QDateTime::fromString(m.captured(1), kStampFormat);
        if (!reason || !made.isValid())
            continue;
        out.append({QDir(m_folder).filePath(name), made, *reason});
    }
    std::sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) {
        return a.made != b.made ? a.made > b.made : a.path > b.path;
    });
    return out;
}

QString BackupStore::makeDaily(const Database& db, const QDateTime& now) const
{
    for (const Entry& e : list(db.path()))
        if (e.reason == Reason::Daily && e.made.date() == now.date())
            return QString();
    const QString path = make(db, Reason::Daily);
    prune(db.path(), now.date());
    return path;
}

void BackupStore::prune(const QString& registerPath, const QDate& today) const
{
    QList<Entry> daily;
    for (const Entry& e : list(registerPath))
        if (e.reason == Reason::Daily && e.made.date() <= today)
            daily.append(e);
    // Newest first: the newest copy of each of the last kDailyKept days stays, then the newest
    // copy of each of the kWeeklyKept weeks before them; the rest go.
    QSet<QDate> days;
    QSet<int> weeks;
    for (const Entry& e : std::as_const(daily)) {
        const QDate day = e.made.date();
        bool keep = false;
        if (!days.contains(day) && days.size() < kDailyKept) {
            days.insert(day);
            keep = true;
        } else if (!days.contains(day)) {
            int weekYear = 0;
            const int week = day.weekNumber(&weekYear);
            const int key = weekYear * 100 + week;
            if (!weeks.contains(key) && weeks.size() < kWeeklyKept) {
                weeks.insert(key);
                keep = true;
            }
        }
        if (!keep)
            QFile::remove(e.path);
    }
}

QList<QPair<QString, qint64>> BackupStore::summary(const QString& copyPath)
{
    static const std::pair<const char*, const char*> kinds[] = {
        {"org_unit", QT_TRANSLATE_NOOP("sakra::BackupStore", "enheter")},
        {"risk", QT_TRANSLATE_NOOP("sakra::BackupStore", "risker")},
        {"action", QT_TRANSLATE_NOOP("sakra::BackupStore", "åtgärder")},
        {"incident", QT_TRANSLATE_NOOP("sakra::BackupStore", "händelser")},
    };
    QList<QPair<QString, qint64>> out;
    Database db;
    db.openReadOnly(copyPath);
    for (const auto& [table, label] : kinds) {
        try {
            // Table names from the list above; nothing from the file goes into the SQL.
            const QString sql =
                QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL").arg(QLatin1String(table));
            out.append({tr(label), Query(db, sql).scalar().toLongLong()});
        } catch (const StorageError&) {
            // A copy from before this kind existed.
        }
    }
    out.append({tr("poster i ändringshistoriken"),
                Query(db, QStringLiteral("SELECT count(*) FROM change_log")).scalar().toLongLong()});
    return out;
}

QString BackupStore::reasonLabel(Reason reason)
{
    switch (reason) {
    case Reason::Daily: return tr("daglig");
    case Reason::Migration: return tr("före uppgradering");
    case Reason::Import: return tr("före import");
    case Reason::Merge: return tr("före sammanslagning");
    case Reason::Restore: return tr("före återställning");
    case Reason::Retention: return tr("före gallring");
    case Reason::Manual: break;
    }
    return tr("manuell");
}

QString BackupStore::keepUnreadable(const QString& registerPath) const
{
    // Kept byte for byte; a journal beside it goes along (moved, never deleted), so the copy is
    // what was there and the restored register is not rolled back into by a stale journal.
    const QString copy = newPath(registerPath, Reason::Restore);
    if (!OwnerOnly::copy(registerPath, copy))
        throw StorageError(tr("Kan inte spara det nuvarande innehållet i %1 före återställningen.")
                               .arg(QDir::toNativeSeparators(registerPath)));
    const QString journal = InterruptedWrite::journalPath(registerPath);
    if (QFileInfo::exists(journal) && !QFile::rename(journal, InterruptedWrite::journalPath(copy)))
        throw StorageError(
            tr("Kan inte flytta journalen %1 till säkerhetskopian.").arg(QDir::toNativeSeparators(journal)));
    return copy;
}

QString BackupStore::restore(const QString& registerPath, const QString& from) const
{
    const QString shownFrom = QDir::toNativeSeparators(from);
    if (QFileInfo(from).absoluteFilePath() == QFileInfo(registerPath).absoluteFilePath())
        throw OpenError(tr("Kopian och registret är samma fil."));
    int version = 0;
    {
        // The copy must be a sound register this version reads before anything is overwritten.
        Database copy;
        copy.openReadOnly(from);
        const QString problem = copy.integrityProblem();
        if (!problem.isEmpty())
            throw OpenError(tr("%1 är skadad och kan inte användas: %2").arg(shownFrom, problem));
        version = copy.schemaVersion();
    }
    // A copy of an older version is upgraded on a copy of its own first, so windows that have
    // the register open never see an old format under them.
    QTemporaryDir work(QFileInfo(registerPath).absolutePath() + QStringLiteral("/.sakra-restore-XXXXXX"));
    QString source = from;
    if (version < Schema::currentVersion()) {
        source = work.filePath(QStringLiteral("upgraded.sakra"));
        Database original;
        original.openReadOnly(from);
        original.backupTo(source);
        original.close();
        Database upgraded;
        upgraded.openExisting(source);
    }

    QString before;
    bool unreadable = false;
    QString why;
    if (!QFileInfo::exists(registerPath)) {
        if (!OwnerOnly::createFile(registerPath, &why))
            throw StorageError(tr("Kan inte skapa %1: %2").arg(QDir::toNativeSeparators(registerPath), why));
    } else {
        // What is there now is kept first; the open also rolls back an interrupted write.
        try {
            Database current;
            current.openExisting(registerPath);
            before = make(current, Reason::Restore);
        } catch (const OpenError&) {
            before = keepUnreadable(registerPath);
            unreadable = true;
        }
    }
    if (!unreadable) {
        Database::copyOver(source, registerPath);
        return before;
    }
    // SQLite cannot write page by page over a file it does not read: the copy replaces it whole.
    const QString whole = work.filePath(QStringLiteral("whole.sakra"));
    {
        Database copy;
        copy.openReadOnly(source);
        copy.backupTo(whole);
    }
    if (!QFile::remove(registerPath) || !QFile::rename(whole, registerPath))
        throw StorageError(
            tr("Kan inte ersätta %1; det tidigare innehållet finns i %2.")
                .arg(QDir::toNativeSeparators(registerPath), QDir::toNativeSeparators(before)));
    return before;
}

} // namespace sakra
