#include "Database.h"

#include "Errors.h"
#include "FileProbe.h"
#include "InterruptedWrite.h"
#include "OwnerOnly.h"
#include "Query.h"
#include "Schema.h"
#include "SqlDialect.h"
#include "platform/LocalSystem.h"
#include "server/ServerAddress.h"
#include "server/ServerSchema.h"
#include "server/ServerTriggers.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <sqlite3.h>

namespace sakra {

namespace {

// No statistics of SQLite's memory use, which Säkra never asks for and which cost a mutex on
// every allocation (a large import makes millions). Set while the program starts, before any
// thread uses SQLite, as sqlite3_config requires.
[[maybe_unused]] const int kNoMemoryStatistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::Database", text);
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("sakra-%1").arg(counter.fetchAndAddRelaxed(1));
}

// A register of a large city with ten years of incidents is hundreds of megabytes; a typical one is a
// few. Checking every page of the former would keep people waiting at every start.
constexpr qint64 kQuickCheckLimit = 64 * 1024 * 1024;

// Creates path as an empty owner-only file; refuses to replace an existing one.
void createOwnerOnlyFile(const QString& path)
{
    QString why;
    if (!OwnerOnly::createFile(path, &why))
        throw OpenError(QCoreApplication::translate("sakra::Database", "Kan inte skapa %1: %2")
                            .arg(QDir::toNativeSeparators(path), why));
}

} // namespace

namespace {

// A commit cut off while SQLite was writing pages can leave the register shorter than its header
// says. With a hot journal beside it that is an interrupted write, which the journal undoes, not
// damage; FileProbe has already checked that the file is one of ours.
bool interruptedMidCommit(const FileProbe::Result& probe, const QString& path)
{
    return probe.status == FileProbe::Status::Truncated && InterruptedWrite::detect(path);
}

} // namespace

Database::Database() : m_connectionName(nextConnectionName()), m_actor(defaultActor()) {}

Database::~Database()
{
    close();
}

void Database::openConnection(const QString& path, bool readOnly)
{
    close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open()) {
            const QString why = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            throw OpenError(tr("Kan inte öppna %1: %2").arg(QDir::toNativeSeparators(path), why));
        }
    }
    m_path = path;
    m_source = RegisterSource::file(path);
    m_readOnly = readOnly;
    m_onNetworkFolder = isNetworkFileSystem(path);
}

Database::QuickCheck Database::quickCheck(const QString& path)
{
    QuickCheck result;
    openConnection(path, true);
    {
        QSqlQuery q(connection());
        if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next()) {
            result.problem = q.lastError().text();
            // SQLite's primary result code; Qt's driver may report an extended one.
            switch (q.lastError().nativeErrorCode().toInt() & 0xff) {
            case SQLITE_BUSY:
            case SQLITE_LOCKED: result.outcome = QuickCheck::Busy; break;
            case SQLITE_READONLY: // a hot journal that a read-only connection may not roll back
                result.outcome = QuickCheck::Interrupted;
                break;
            case SQLITE_CORRUPT:
            case SQLITE_NOTADB: result.outcome = QuickCheck::Damaged; break;
            default: result.outcome = QuickCheck::Failed;
            }
        } else if (q.value(0).toString() != QLatin1String("ok")) {
            result.outcome = QuickCheck::Damaged;
            result.problem = q.value(0).toString();
        }
    }
    close();
    return result;
}

void Database::applyPragmas()
{
    Query(*this, QStringLiteral("PRAGMA foreign_keys = ON")).exec();
    // Rollback journal rather than WAL: registers often live on network home folders, and WAL's
    // shared memory does not work across computers on a network file system.
    Query(*this, QStringLiteral("PRAGMA journal_mode = DELETE")).exec();
    Query(*this, QStringLiteral("PRAGMA synchronous = FULL")).exec();
    // Temporary data (statement journals, sorts) in memory, not in temporary files. A write that
    // fires triggers keeps a statement journal; once one of them grows past 64 KiB it becomes a
    // file for the rest of the transaction and every later statement writes to it (ten writes a
    // row in a large import). Only temporary data moves: the rollback journal of the register,
    // and so its safety in a crash, is untouched. Set before any transaction, which reads it.
    Query(*this, QStringLiteral("PRAGMA temp_store = MEMORY")).exec();
}

void Database::openExisting(const QString& path, WhenNotWritable whenNotWritable)
{
    FileProbe::Result probe = FileProbe::probe(path, kApplicationId, Schema::currentVersion());
    if (!probe.ok() && !interruptedMidCommit(probe, path))
        throw OpenError(probe.message);

    // A journal also needs the folder to be writable: SQLite creates and removes it there.
    const QFileInfo info(path);
    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()) {
        if (whenNotWritable == WhenNotWritable::Refuse)
            throw OpenError(tr("Du får inte ändra i %1 (filen eller mappen är skrivskyddad).")
                                .arg(QDir::toNativeSeparators(path)));
        if (probe.userVersion < Schema::currentVersion())
            throw OpenError(
                tr("Registret %1 är skrivskyddat och har ett äldre filformat (%2) som måste uppgraderas "
                   "innan den här versionen kan visa det.")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(probe.userVersion));
        if (InterruptedWrite::detect(path))
            InterruptedWrite::recover(path); // refuses with a message that says who can
        openReadOnly(path);
        Query(*this, QStringLiteral("PRAGMA foreign_keys = ON")).exec();
        return;
    }

    // An interrupted write is rolled back before anything else looks at the file, so nothing
    // reads the half-written pages and nothing calls the file damaged.
    m_interruptedCopy = InterruptedWrite::recover(path);
    if (!probe.ok() || !m_interruptedCopy.isEmpty()) {
        probe = FileProbe::probe(path, kApplicationId, Schema::currentVersion());
        if (!probe.ok())
            throw OpenError(probe.message);
    }

    // Read-only first: confirm SQLite agrees the file is sound before anything can write to it.
    // quick_check reads every page, so it is left to `sakra-cli check` for very large files; SQLite
    // still reports damage on the pages it reads later, as a storage error.
    if (QFileInfo(path).size() <= kQuickCheckLimit) {
        QuickCheck check = quickCheck(path);
        // Another program's write was cut off between the recovery above and now: recover again.
        if (check.outcome == QuickCheck::Interrupted) {
            const QString again = InterruptedWrite::recover(path);
            if (!again.isEmpty())
                m_interruptedCopy = again;
            check = quickCheck(path);
        }
        const QString shown = QDir::toNativeSeparators(path);
        switch (check.outcome) {
        case QuickCheck::Sound: break;
        case QuickCheck::Busy:
            throw OpenError(
                tr("%1 används just nu av ett annat fönster eller en annan dator; försök igen om en stund.")
                    .arg(shown));
        case QuickCheck::Damaged: throw OpenError(tr("Filen %1 är skadad: %2").arg(shown, check.problem));
        case QuickCheck::Interrupted:
        case QuickCheck::Failed: throw OpenError(tr("Kan inte öppna %1: %2").arg(shown, check.problem));
        }
    }

    if (probe.userVersion < Schema::currentVersion()) {
        const QString backup = QStringLiteral("%1.v%2.bak").arg(path).arg(probe.userVersion);
        QFile::remove(backup);
        if (!OwnerOnly::copy(path, backup))
            throw OpenError(tr("Kan inte göra en säkerhetskopia av %1 före uppgraderingen.")
                                .arg(QDir::toNativeSeparators(path)));
    }
    openConnection(path, false);
    try {
        applyPragmas();
        Schema::migrate(*this);
        refreshPlannerStatistics();
    } catch (const Error& e) {
        close();
        throw OpenError(tr("Kan inte uppgradera %1: %2").arg(QDir::toNativeSeparators(path), e.message()));
    }
}

void Database::openReadOnly(const QString& path)
{
    const FileProbe::Result probe = FileProbe::probe(path, kApplicationId, Schema::currentVersion());
    if (!probe.ok() && !interruptedMidCommit(probe, path))
        throw OpenError(probe.message);
    if (InterruptedWrite::detect(path))
        throw InterruptedWriteError(InterruptedWrite::readOnlyMessage(path));
    openConnection(path, true);
}

qint64 Database::dataVersion() const
{
    // On a server every write leaves history: its newest entry the user may see moves on.
    if (m_engine == Engine::Postgres)
        return Query(*this, QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log"))
            .scalar()
            .toLongLong();
    return Query(*this, QStringLiteral("PRAGMA data_version")).scalar().toLongLong();
}

std::optional<qint64> Database::dataVersionIfFree() const
{
    if (m_engine == Engine::Postgres)
        return dataVersion(); // readers never wait for writers there
    // Only while another program is in the middle of writing its commit does the read lock wait;
    // a look that would wait is simply skipped.
    QSqlQuery q(connection());
    q.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
    std::optional<qint64> version;
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        version = q.value(0).toLongLong();
    q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs));
    return version;
}

quint32 Database::fileChangeCounter(const QString& path)
{
    return FileProbe::changeCounter(path);
}

bool Database::isNetworkFileSystem(const QString& path)
{
    // Names as Qt reports them: the file system type on Unix; on Windows a mapped network drive
    // reports its remote file system, and a UNC path is remote by its form.
    const QString native = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (native.startsWith(QLatin1String("\\\\")))
        return true;
    const QByteArray type = QStorageInfo(QFileInfo(path).absolutePath()).fileSystemType().toLower();
    static const char* const remote[] = {"nfs",   "nfs4", "cifs", "smb",        "smb2", "smb3",
                                         "smbfs", "9p",   "afs",  "fuse.sshfs", "ncpfs"};
    for (const char* r : remote)
        if (type == r)
            return true;
    return false;
}

void Database::createNew(const QString& path)
{
    createAtVersion(path, Schema::currentVersion());
}

void Database::createAtVersion(const QString& path, int version)
{
    const QFileInfo info(path);
    if (info.exists())
        throw OpenError(tr("%1 finns redan; välj ett nytt filnamn.").arg(QDir::toNativeSeparators(path)));
    if (!info.absoluteDir().exists())
        throw OpenError(tr("Mappen %1 finns inte.").arg(QDir::toNativeSeparators(info.absolutePath())));
    createOwnerOnlyFile(path);
    try {
        openConnection(path, false);
        applyPragmas();
        Schema::migrate(*this, version);
    } catch (const Error&) {
        close();
        QFile::remove(path);
        throw;
    }
}

bool Database::isOpen() const
{
    return !m_path.isEmpty() && connection().isOpen();
}

QSqlQuery Database::cachedStatement(const QString& sql) const
{
    auto it = m_cachedStatements.find(sql);
    if (it == m_cachedStatements.end()) {
        QSqlQuery q(connection());
        q.setForwardOnly(true);
        if (!q.prepare(SqlDialect::adapt(m_engine, sql)))
            Query::fail(q.lastError(), QStringLiteral("SQL prepare failed"), m_engine);
        it = m_cachedStatements.insert(sql, q);
    }
    return *it;
}

void Database::close()
{
    m_cachedStatements.clear();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            // Lets SQLite refresh its planner statistics where they have gone stale; cheap.
            if (m_engine == Engine::Sqlite && db.isOpen() &&
                !db.connectOptions().contains(QLatin1String("READONLY")))
                QSqlQuery(db).exec(QStringLiteral("PRAGMA optimize"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_path.clear();
    m_source = {};
    m_othersChanged = nullptr;
    m_transactionDepth = 0;
    m_readOnly = false;
    m_engine = Engine::Sqlite;
}

void Database::openServerForSetup(const QString& address, const QString& password, const QString& user)
{
    close();
    ServerAddress where = ServerAddress::parse(address);
    if (!user.isEmpty())
        where = where.withUser(user);
    where.open(m_connectionName, password);
    m_engine = Engine::Postgres;
    m_path = where.display();
    m_source = RegisterSource::server(address, user, password);
    try {
        // Dates and times as the register stores them, whatever the server's own settings.
        Query(*this, QStringLiteral("SET TIME ZONE 'UTC'")).exec();
        m_actor = Query(*this, QStringLiteral("SELECT session_user")).scalar().toString();
    } catch (...) {
        close();
        throw;
    }
}

void Database::listenForOthersChanges(const std::function<void()>& onChange)
{
    if (m_engine != Engine::Postgres)
        return;
    m_othersChanged = onChange;
    QSqlDriver* driver = connection().driver();
    QObject::connect(driver, &QSqlDriver::notification, driver,
                     [onChange](const QString&, QSqlDriver::NotificationSource source, const QVariant&) {
                         if (source != QSqlDriver::SelfSource) // our own commits are announced already
                             onChange();
                     });
    driver->subscribeToNotification(QString::fromLatin1(ServerTriggers::kChannel));
}

void Database::reconnect()
{
    if (m_engine != Engine::Postgres)
        return;
    const RegisterSource source = m_source;
    const std::function<void()> othersChanged = m_othersChanged;
    const QString actor = m_actor;
    const QString shown = m_path;
    try {
        openServer(source.address(), source.password(), source.user());
    } catch (...) {
        // Still the same register, not connected: what it takes to try again is kept.
        m_engine = Engine::Postgres;
        m_source = source;
        m_path = shown;
        m_actor = actor;
        m_othersChanged = othersChanged;
        throw;
    }
    m_actor = actor;
    if (othersChanged)
        listenForOthersChanges(othersChanged);
}

void Database::openServer(const QString& address, const QString& password, const QString& user)
{
    openServerForSetup(address, password, user);
    try {
        const int version = schemaVersion();
        if (version <= 0)
            throw OpenError(
                tr("%1 är inget gemensamt register för Säkra (kör sakra-cli server init).").arg(m_path));
        if (version > ServerSchema::currentVersion())
            throw OpenError(tr("Det gemensamma registret %1 har ett nyare format (%2) än den här versionen "
                               "av Säkra kan läsa; uppdatera programmet.")
                                .arg(m_path)
                                .arg(version));
        if (version < ServerSchema::currentVersion())
            throw OpenError(tr("Det gemensamma registret %1 har ett äldre format (%2); den som förvaltar "
                               "servern uppgraderar det med sakra-cli server init.")
                                .arg(m_path)
                                .arg(version));
    } catch (...) {
        close();
        throw;
    }
}

bool Database::seesEverything() const
{
    if (m_engine != Engine::Postgres)
        return true;
    return Query(*this, QStringLiteral("SELECT sakra_sees_all()")).scalar().toBool();
}

void Database::refreshPlannerStatistics(Statistics how)
{
    if (m_engine == Engine::Postgres)
        return; // the server's autovacuum keeps its statistics
    if (how == Statistics::Whole) {
        Query(*this, QStringLiteral("PRAGMA analysis_limit = 0")).exec();
        Query(*this, QStringLiteral("ANALYZE")).exec();
    }
    // Without statistics SQLite may pick an index that reads every row of a large table for a
    // first page of 200. analysis_limit keeps this to a few milliseconds however large the file.
    Query(*this, QStringLiteral("PRAGMA analysis_limit = 1000")).exec();
    Query(*this, QStringLiteral("PRAGMA optimize = 0x10002")).exec();
}

int Database::schemaVersion() const
{
    if (m_engine == Engine::Postgres) {
        if (Query(*this, QStringLiteral("SELECT to_regclass('server_info') IS NULL")).scalar().toBool())
            return 0;
        return Query(*this, QStringLiteral("SELECT CAST(value AS integer) FROM server_info WHERE key = "
                                           "'schema_version'"))
            .scalar()
            .toInt();
    }
    return Query(*this, QStringLiteral("PRAGMA user_version")).scalar().toInt();
}

std::vector<QStringList> Database::uniqueColumnSets(const QString& table) const
{
    // PRAGMA takes no bound values; table comes from the compile-time table list, index names from
    // SQLite itself. Indexes made by a column's UNIQUE (origin "u": the UUID) are not the caller's.
    std::vector<QStringList> sets;
    if (m_engine == Engine::Postgres) {
        // The unique indexes made by CREATE UNIQUE INDEX (not by a constraint, as the UUID's is).
        Query q(*this, QStringLiteral(
                           "SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM pg_index i "
                           "JOIN pg_class c ON c.oid = i.indexrelid "
                           "CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) "
                           "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum "
                           "WHERE i.indrelid = CAST(? AS regclass) AND i.indisunique AND NOT i.indisprimary "
                           "AND NOT EXISTS (SELECT 1 FROM pg_constraint pc WHERE pc.conindid = i.indexrelid) "
                           "GROUP BY c.relname ORDER BY c.relname"));
        q.bind(table).exec();
        while (q.next())
            sets.push_back(q.value(0).toString().split(QLatin1Char(',')));
        return sets;
    }
    Query indexes(
        *this, QStringLiteral("SELECT name FROM pragma_index_list(?) WHERE \"unique\" = 1 AND origin = 'c'"));
    indexes.bind(table).exec();
    while (indexes.next()) {
        Query columns(*this, QStringLiteral("SELECT name FROM pragma_index_info(?) ORDER BY seqno"));
        columns.bind(indexes.value(0)).exec();
        QStringList set;
        while (columns.next())
            set << columns.value(0).toString();
        if (!set.isEmpty())
            sets.push_back(set);
    }
    return sets;
}

QString Database::integrityProblem() const
{
    if (m_engine == Engine::Postgres)
        return {}; // the server keeps its own pages whole; nothing for a client to check
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return q.lastError().text();
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    QSqlQuery fk(connection());
    if (fk.exec(QStringLiteral("PRAGMA foreign_key_check")) && fk.next())
        problems
            << tr("en hänvisning i tabellen %1 pekar på en rad som inte finns").arg(fk.value(0).toString());
    return problems.join(QStringLiteral("; "));
}

namespace {

// Copies the database open on source into the file at target with SQLite's online backup. target
// may be a new empty file or an existing register: the backup API writes it page by page under
// SQLite's locks, so another window with it open sees the new content as another commit.
void copyPages(sqlite3* source, const QString& target)
{
    sqlite3* dest = nullptr;
    const QByteArray encoded = QFile::encodeName(target);
    int rc = sqlite3_open_v2(encoded.constData(), &dest, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(dest, Database::kBusyTimeoutMs);
        sqlite3_backup* backup = sqlite3_backup_init(dest, "main", source, "main");
        if (backup) {
            // Copy in chunks so a long copy never holds the source lock for long. A copy that
            // makes no progress for a minute (another program holds the file) gives up.
            QElapsedTimer stalled;
            stalled.start();
            do {
                rc = sqlite3_backup_step(backup, 1024);
                if (rc == SQLITE_OK)
                    stalled.restart();
                else if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(50);
            } while ((rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) &&
                     stalled.elapsed() < 60000);
            const bool gaveUp =
                rc != SQLITE_DONE && rc != SQLITE_OK && (rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(backup);
            if (gaveUp) {
                sqlite3_close(dest);
                throw BusyError(QCoreApplication::translate(
                    "sakra::Database", "registret var upptaget av ett annat program i över en minut"));
            }
        }
        rc = sqlite3_errcode(dest);
    }
    const QString why = dest ? QString::fromUtf8(sqlite3_errmsg(dest)) : QString();
    sqlite3_close(dest);
    if (rc != SQLITE_OK && rc != SQLITE_DONE)
        throw StorageError(why);
}

} // namespace

sqlite3* Database::handle() const
{
    const QSqlDatabase db = connection();
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(handle.constData());
    return nullptr;
}

void Database::backupTo(const QString& path) const
{
    sqlite3* source = handle();
    if (!source)
        throw StorageError(tr("Registret är inte öppet."));

    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        throw StorageError(tr("Välj en annan fil än det öppna registret."));
    if (QFileInfo::exists(path) && !QFile::remove(path))
        throw StorageError(tr("Kan inte ersätta %1.").arg(shown));
    createOwnerOnlyFile(path);
    try {
        copyPages(source, path);
    } catch (const StorageError& e) {
        QFile::remove(path);
        throw StorageError(tr("Kan inte spara en kopia till %1: %2").arg(shown, e.message()));
    }
    QFile::setPermissions(path, OwnerOnly::kFile);
}

void Database::copyOver(const QString& from, const QString& to)
{
    sqlite3* source = nullptr;
    const QByteArray encoded = QFile::encodeName(from);
    int rc = sqlite3_open_v2(encoded.constData(), &source, SQLITE_OPEN_READONLY, nullptr);
    QString why = source ? QString::fromUtf8(sqlite3_errmsg(source)) : QString();
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(source, kBusyTimeoutMs);
        try {
            copyPages(source, to);
        } catch (const StorageError& e) {
            rc = SQLITE_ERROR;
            why = e.message();
        }
    }
    sqlite3_close(source);
    if (rc != SQLITE_OK)
        throw StorageError(tr("Kan inte kopiera %1 till %2: %3")
                               .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to), why));
}

QString Database::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString Database::now()
{
    return m_transactionDepth > 0 && !m_instant.isEmpty() ? m_instant : nextInstant();
}

QString Database::nextInstant()
{
    QDateTime t = QDateTime::currentDateTimeUtc();
    if (m_lastInstant.isValid() && t <= m_lastInstant)
        t = m_lastInstant.addMSecs(1);
    m_lastInstant = t;
    return t.toString(Qt::ISODateWithMs);
}

QString Database::defaultActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME"); // Windows
    if (user.isEmpty())
        user = LocalSystem::loginName();
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

int Database::addChangeObserver(ChangeObserver observer)
{
    const int handle = m_nextObserver++;
    m_observers.emplace(handle, std::move(observer));
    return handle;
}

void Database::removeChangeObserver(int handle)
{
    m_observers.erase(handle);
}

void Database::announcePendingChanges()
{
    if (m_pending.isEmpty())
        return;
    const ChangeSet done = m_pending;
    m_pending.clear();
    // A copy of the list: an observer may add or remove observers.
    const std::map<int, ChangeObserver> observers = m_observers;
    for (const auto& [handle, observer] : observers)
        observer(done);
}

} // namespace sakra
