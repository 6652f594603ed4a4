#include "TestRegister.h"
#include "storage/Query.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sakra;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// Opening path must fail with a message containing expected, and leave the file's bytes as they were.
void requireRefused(const QString& path, const char* expected)
{
    const QByteArray before = fileBytes(path);
    const bool existed = QFile::exists(path);
    try {
        auto reg = Register::open(path);
        FAIL("the file should have been refused");
    } catch (const OpenError& e) {
        INFO(e.message().toStdString());
        CHECK(e.message().contains(QString::fromUtf8(expected)));
        CHECK_FALSE(e.message().contains(QLatin1String("SQL"))); // a message for people
    }
    CHECK(QFile::exists(path) == existed);
    CHECK(fileBytes(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
}

// A register file with its bytes, made and closed.
QByteArray demoRegisterBytes(const QString& path)
{
    TestRegister reg(true);
    reg.close();
    QFile::copy(reg.path(), path);
    return fileBytes(path);
}

} // namespace

TEST_CASE("opening something that is not a register is refused without touching it", "[storage][refusal]")
{
    QTemporaryDir dir;
    const QString data = QStringLiteral(SAKRA_TEST_DATA) + QStringLiteral("/open/");

    SECTION("a missing path")
    {
        requireRefused(dir.filePath(QStringLiteral("nothing-here.sakra")), "finns inte");
    }
    SECTION("a directory")
    {
        requireRefused(dir.path(), "är en mapp");
    }
    SECTION("an empty file")
    {
        const QString path = dir.filePath(QStringLiteral("empty.sakra"));
        writeFile(path, QByteArray());
        requireRefused(path, "är tom");
    }
    SECTION("a text file")
    {
        requireRefused(data + QStringLiteral("notes.txt"), "inget Säkra-register");
    }
    SECTION("a file shorter than an SQLite header")
    {
        requireRefused(data + QStringLiteral("short-header.sakra"), "inget Säkra-register");
    }
    SECTION("another program's SQLite database")
    {
        requireRefused(data + QStringLiteral("other-program.sqlite"), "ett annat program");
    }
    SECTION("a file with our application id but no file format")
    {
        const QString path = dir.filePath(QStringLiteral("no-version.sakra"));
        QByteArray bytes = demoRegisterBytes(path);
        bytes.replace(60, 4, QByteArray(4, '\0')); // user_version in the header
        writeFile(path, bytes);
        requireRefused(path, "ett annat program");
        CHECK_FALSE(QFile::exists(path + QStringLiteral(".v0.bak")));
    }
    SECTION("a register from a newer version")
    {
        requireRefused(data + QStringLiteral("newer-version.sakra"), "nyare version");
    }
    SECTION("a truncated register")
    {
        const QString path = dir.filePath(QStringLiteral("truncated.sakra"));
        const QByteArray bytes = demoRegisterBytes(path);
        writeFile(path, bytes.left(bytes.size() / 2));
        requireRefused(path, "skadad");
    }
    SECTION("a register cut in the middle of a page")
    {
        const QString path = dir.filePath(QStringLiteral("cut.sakra"));
        const QByteArray bytes = demoRegisterBytes(path);
        writeFile(path, bytes.left(bytes.size() - 1000));
        requireRefused(path, "skadad");
    }
    SECTION("a register with a damaged page")
    {
        const QString path = dir.filePath(QStringLiteral("garbled.sakra"));
        QByteArray bytes = demoRegisterBytes(path);
        // Overwrite the middle of the file, past the header and the schema page, with noise.
        for (int i = 8192; i < 8192 + 4096 && i < bytes.size(); ++i)
            bytes[i] = char((i * 131) & 0xff);
        writeFile(path, bytes);
        requireRefused(path, "skadad");
    }
}

TEST_CASE("the broken fixtures are what their names say", "[storage][refusal]")
{
    // Guards the fixtures themselves: the other-program file is a sound SQLite database, so it is
    // refused for the right reason and not as damage.
    const QString path = QStringLiteral(SAKRA_TEST_DATA) + QStringLiteral("/open/other-program.sqlite");
    withRawConnection(
        path,
        [](QSqlQuery& q) {
            REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM bookmarks")));
            REQUIRE(q.next());
            CHECK(q.value(0).toInt() == 2);
        },
        true);
}
