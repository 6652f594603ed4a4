// Backups through SQLite's backup API: the rolling daily copy with its thinning, copies before
// import and restore, and backup and restore on the command line.
#include "TestRegister.h"
#include "storage/BackupStore.h"
#include "storage/Query.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sakra;

namespace {

QString unitName(const QString& path)
{
    auto reg = Register::openReadOnly(path);
    return reg->units().root()->name;
}

void rename(TestRegister& reg, const QString& name)
{
    OrgUnit root = *reg->units().root();
    root.name = name;
    reg->units().update(root);
}

} // namespace

TEST_CASE("the daily backup is made once a day and thinned to 7 days and 4 weeks", "[backup]")
{
    TestRegister reg(true);
    QTemporaryDir folder;
    const BackupStore store(folder.path());
    const QDateTime now = QDateTime::currentDateTime();

    const QString first = store.makeDaily(reg->database(), now);
    REQUIRE_FALSE(first.isEmpty());
    CHECK(QFileInfo(first).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK(store.makeDaily(reg->database(), now).isEmpty()); // one a day
    const QList<BackupStore::Entry> one = store.list(reg.path());
    REQUIRE(one.size() == 1);
    CHECK(one.first().reason == BackupStore::Reason::Daily);
    CHECK(one.first().made.date() == now.date());

    // Sixty days of daily copies (made earlier), then today's thins them out.
    const QString prefix = QFileInfo(first).fileName().section(QLatin1Char('-'), 0, -4) + QLatin1Char('-');
    for (int day = 1; day <= 60; ++day) {
        const QString stamp = now.addDays(-day).toString(QStringLiteral("yyyyMMdd-HHmmss"));
        REQUIRE(QFile::copy(first,
                            QDir(folder.path()).filePath(prefix + stamp + QStringLiteral("-daily.sakra"))));
    }
    // Copies of another register and other reasons are not touched.
    REQUIRE(QFile::copy(
        first, QDir(folder.path()).filePath(QStringLiteral("annat-12345678-20200101-000000-daily.sakra"))));
    REQUIRE(QFile::copy(
        first, QDir(folder.path()).filePath(prefix + QStringLiteral("20200101-000000-import.sakra"))));
    REQUIRE(QFile::remove(first));
    REQUIRE_FALSE(store.makeDaily(reg->database(), now).isEmpty());

    QList<QDate> dailies;
    int imports = 0;
    for (const BackupStore::Entry& e : store.list(reg.path())) {
        if (e.reason == BackupStore::Reason::Daily)
            dailies << e.made.date();
        else if (e.reason == BackupStore::Reason::Import)
            ++imports;
    }
    CHECK(imports == 1);
    REQUIRE(dailies.size() == 7 + 4);
    for (int i = 0; i < 7; ++i)
        CHECK(dailies.at(i) == now.date().addDays(-i));
    // One copy per week for the four weeks before, each in a different week.
    QSet<int> weeks;
    for (int i = 7; i < 11; ++i) {
        CHECK(dailies.at(i) < now.date().addDays(-6));
        weeks.insert(dailies.at(i).weekNumber());
    }
    CHECK(weeks.size() == 4);
    CHECK(QFileInfo::exists(
        QDir(folder.path()).filePath(QStringLiteral("annat-12345678-20200101-000000-daily.sakra"))));
}

TEST_CASE("a backup holds the register and lists its contents", "[backup]")
{
    TestRegister reg(true);
    QTemporaryDir folder;
    const BackupStore store(folder.path());
    const QString path = store.make(reg->database(), BackupStore::Reason::Manual);
    const auto summary = BackupStore::summary(path);
    REQUIRE(summary.size() == 5);
    CHECK(summary.at(0).first == QStringLiteral("enheter"));
    CHECK(summary.at(0).second == qint64(reg->units().subtreeIds(reg->units().root()->id).size()));
    CHECK(summary.at(4).second == reg->history().count());
    CHECK(BackupStore::reasonLabel(BackupStore::Reason::Import) == QStringLiteral("före import"));
    // A second copy in the same second gets a name of its own.
    const QString again = store.make(reg->database(), BackupStore::Reason::Manual);
    CHECK(again != path);
    CHECK(store.list(reg.path()).size() == 2);
}

TEST_CASE("sakra-cli backup and restore, with the current content kept first", "[backup][cli]")
{
    TestRegister reg(true);
    const QString original = reg->units().root()->name;
    const QString copy = reg.file(QStringLiteral("kopia.sakra"));
    const CliRun backup = runCli({QStringLiteral("backup"), reg.path(), QStringLiteral("--out"), copy});
    CHECK(backup.code == 0);
    CHECK(QFileInfo(copy).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK(unitName(copy) == original);
    // An existing file is never overwritten by backup.
    CHECK(runCli({QStringLiteral("backup"), reg.path(), QStringLiteral("--out"), copy}).code == 1);

    rename(reg, QStringLiteral("Ändrad kommun"));
    reg.close();
    const CliRun restore = runCli({QStringLiteral("restore"), reg.path(), QStringLiteral("--from"), copy});
    CHECK(restore.code == 0);
    CHECK(unitName(reg.path()) == original);
    // What was there before is in the backups folder.
    const QList<BackupStore::Entry> kept = BackupStore().list(reg.path());
    REQUIRE_FALSE(kept.isEmpty());
    CHECK(kept.first().reason == BackupStore::Reason::Restore);
    CHECK(restore.out.contains(QDir::toNativeSeparators(kept.first().path)));
    CHECK(unitName(kept.first().path) == QStringLiteral("Ändrad kommun"));
    CHECK(runCli({QStringLiteral("check"), reg.path()}).code == 0);
    CHECK(runCli({QStringLiteral("verify"), reg.path()}).code == 0);
}

TEST_CASE("restore refuses a copy that is not a sound register and changes nothing", "[backup][cli][refusal]")
{
    TestRegister reg(true);
    reg.close();
    const QByteArray before = fileBytes(reg.path());
    const QString junk = reg.file(QStringLiteral("skräp.sakra"));
    QFile f(junk);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    const CliRun bad = runCli({QStringLiteral("restore"), reg.path(), QStringLiteral("--from"), junk});
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("inget Säkra-register")));
    CHECK(runCli({QStringLiteral("restore"), reg.path(), QStringLiteral("--from"),
                  reg.file(QStringLiteral("saknas.sakra"))})
              .code == 1);
    CHECK(runCli({QStringLiteral("restore"), reg.path(), QStringLiteral("--from"), reg.path()}).code == 1);
    CHECK(runCli({QStringLiteral("restore"), reg.path()}).code == 2);
    CHECK(runCli({QStringLiteral("backup"), reg.path()}).code == 2);
    CHECK(fileBytes(reg.path()) == before);
}

TEST_CASE("an import makes a backup first", "[backup][cli][exchange]")
{
    TestRegister reg(true);
    const QString json = reg.file(QStringLiteral("data.json"));
    REQUIRE(runCli({QStringLiteral("export"), reg.path(), QStringLiteral("--out"), json}).code == 0);
    const QString target = reg.file(QStringLiteral("ny.sakra"));
    REQUIRE(runCli({QStringLiteral("init"), target}).code == 0);
    REQUIRE(runCli({QStringLiteral("import"), target, QStringLiteral("--in"), json}).code == 0);
    const QList<BackupStore::Entry> kept = BackupStore().list(target);
    REQUIRE(kept.size() == 1);
    CHECK(kept.first().reason == BackupStore::Reason::Import);
    CHECK(BackupStore::summary(kept.first().path).at(0).second == 0); // as it was before the import
}

TEST_CASE("restore upgrades a copy of an older version before it writes it over the register",
          "[backup][cli][migration]")
{
    TestRegister reg(true);
    const QString old = reg.file(QStringLiteral("gammal.sakra"));
    {
        Database db;
        db.createAtVersion(old, Schema::currentVersion() - 1);
        Query(db,
              QStringLiteral("INSERT INTO org_unit (uuid, created_at, updated_at, updated_by, kind, name) "
                             "VALUES ('8a7a1f3e-0000-4000-8000-000000000002', 'x', 'x', 'x', 'municipality', "
                             "'Gamla kommun')"))
            .exec();
    }
    const QByteArray oldBytes = fileBytes(old);
    reg.close();
    const CliRun run = runCli({QStringLiteral("restore"), reg.path(), QStringLiteral("--from"), old});
    CHECK(run.code == 0);
    CHECK(fileBytes(old) == oldBytes); // the copy itself is left as it is
    Database db;
    db.openReadOnly(reg.path());
    CHECK(db.schemaVersion() == Schema::currentVersion());
    CHECK(unitName(reg.path()) == QStringLiteral("Gamla kommun"));
    // No working files are left beside the register.
    CHECK(QDir(QFileInfo(reg.path()).absolutePath())
              .entryList({QStringLiteral(".sakra-restore-*")}, QDir::Dirs | QDir::Hidden)
              .isEmpty());
}

TEST_CASE("restore replaces a register that no longer opens and keeps it byte for byte", "[backup][cli]")
{
    TestRegister reg(true);
    const QString copy = reg.file(QStringLiteral("kopia.sakra"));
    REQUIRE(runCli({QStringLiteral("backup"), reg.path(), QStringLiteral("--out"), copy}).code == 0);
    reg.close();
    // The register's first page overwritten: SQLite cannot read it any more.
    {
        QFile f(reg.path());
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.write(QByteArray(4096, '\0'));
    }
    const QByteArray broken = fileBytes(reg.path());
    CHECK(runCli({QStringLiteral("check"), reg.path()}).code == 1);
    const CliRun run = runCli({QStringLiteral("restore"), reg.path(), QStringLiteral("--from"), copy});
    CHECK(run.code == 0);
    CHECK(runCli({QStringLiteral("check"), reg.path()}).code == 0);
    const QList<BackupStore::Entry> kept = BackupStore().list(reg.path());
    REQUIRE_FALSE(kept.isEmpty());
    CHECK(kept.first().reason == BackupStore::Reason::Restore);
    CHECK(fileBytes(kept.first().path) == broken);
}
