// Two windows or two computers on one register file: a writer waits for another's short write,
// a long one gives a clear message, each connection sees the other's commits, a stale edit is
// refused with both values, and each sees who else has the file open.
#include "TestRegister.h"
#include "storage/Errors.h"
#include "storage/Presence.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

using namespace sakra;

namespace {

// Holds a write transaction on path on a thread of its own (another window) for holdMs, or until
// release() when holdMs is negative, then commits a change of the risk categories' order.
class OtherWriter
{
public:
    OtherWriter(const QString& path, int holdMs)
    {
        m_thread = std::thread([this, path, holdMs] {
            Database db;
            db.openExisting(path);
            {
                Transaction tx(db);
                Query(db, QStringLiteral("UPDATE risk_category SET sort_order = sort_order + 1000")).exec();
                m_holding = true;
                if (holdMs >= 0)
                    std::this_thread::sleep_for(std::chrono::milliseconds(holdMs));
                else
                    while (!m_released)
                        std::this_thread::sleep_for(std::chrono::milliseconds(5));
                tx.commit();
                m_committed = true;
            }
            db.close();
        });
        while (!m_holding)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    ~OtherWriter()
    {
        m_released = true;
        m_thread.join();
    }
    void release() { m_released = true; }
    bool committed() const { return m_committed; }

private:
    std::thread m_thread;
    std::atomic<bool> m_holding{false};
    std::atomic<bool> m_released{false};
    std::atomic<bool> m_committed{false};
};

} // namespace

TEST_CASE("a writer waits for another window's short write and then succeeds", "[storage][concurrency]")
{
    TestRegister reg;
    const qint64 root = reg.unit(UnitKind::Municipality, QStringLiteral("Kommunen"), 0);
    {
        OtherWriter other(reg.path(), 400);
        OrgUnit u = reg->units().get(root);
        u.name = QStringLiteral("Lindvalla kommun");
        CHECK_NOTHROW(reg->units().update(u));
        // The write could only begin once the other had committed: it waited for it.
        CHECK(other.committed());
    }
    CHECK(reg->units().get(root).name == QStringLiteral("Lindvalla kommun"));
    CHECK(reg->riskCategories().all().front().sortOrder > 1000);
}

TEST_CASE("a write held past the busy timeout gives a plain message and changes nothing",
          "[storage][concurrency]")
{
    TestRegister reg;
    const qint64 root = reg.unit(UnitKind::Municipality, QStringLiteral("Kommunen"), 0);
    const qint64 entries = reg->history().count();
    OrgUnit u = reg->units().get(root);
    u.name = QStringLiteral("Lindvalla kommun");
    {
        // The other holds its write until this one has given up, however long that takes.
        OtherWriter other(reg.path(), -1);
        try {
            reg->units().update(u);
            FAIL("the write did not wait for the other");
        } catch (const BusyError& e) {
            CHECK(e.message().contains(QStringLiteral("används just nu av ett annat fönster")));
            CHECK(e.message().contains(QStringLiteral("Inget har ändrats")));
        }
        CHECK(reg->units().get(root).name == QStringLiteral("Kommunen"));
        CHECK_FALSE(other.committed());
        other.release();
    }
    CHECK(reg->history().count() == entries);
    // Once the other is done, the same edit goes through.
    u = reg->units().get(root);
    u.name = QStringLiteral("Lindvalla kommun");
    CHECK_NOTHROW(reg->units().update(u));
}

TEST_CASE("a connection sees another's commits through data_version", "[storage][concurrency]")
{
    TestRegister reg;
    reg.unit(UnitKind::Municipality, QStringLiteral("Kommunen"), 0);
    Database& mine = reg->database();
    const qint64 before = mine.dataVersion();
    // Its own commits do not count as another's.
    reg.unit(UnitKind::Board, QStringLiteral("Nämnden"), reg->units().root()->id);
    CHECK(mine.dataVersion() == before);
    {
        OtherWriter other(reg.path(), 10);
    }
    CHECK(mine.dataVersion() != before);
}

TEST_CASE("an edit of a row changed elsewhere is refused with both values",
          "[storage][concurrency][conflict]")
{
    TestRegister reg;
    const qint64 root = reg.unit(UnitKind::Municipality, QStringLiteral("Kommunen"), 0);
    const qint64 board = reg.unit(UnitKind::Board, QStringLiteral("Nämnden"), root);
    const OrgUnit loaded = reg->units().get(board);

    // The other window renames the board and writes a note.
    auto other = Register::open(reg.path());
    OrgUnit theirs = other->units().get(board);
    theirs.name = QStringLiteral("Kommunstyrelsen");
    theirs.note = QStringLiteral("Deras anteckning");
    other->units().update(theirs);

    OrgUnit mine = loaded;
    mine.name = QStringLiteral("Barn- och ungdomsnämnden");
    try {
        reg->units().update(mine);
        FAIL("the stale edit was accepted");
    } catch (const ConflictError& e) {
        CHECK(e.message().contains(QStringLiteral("ändrats någon annanstans")));
        QStringList shown;
        for (const ConflictError::Difference& d : e.differences())
            shown << QStringLiteral("%1: %2 / %3").arg(d.field, d.stored, d.yours);
        CHECK(shown.contains(QStringLiteral("Namn: Kommunstyrelsen / Barn- och ungdomsnämnden")));
        CHECK(shown.contains(QStringLiteral("Anteckning: Deras anteckning / ")));
        // Fields neither side changed are not listed.
        CHECK(shown.size() == 2);
    }
    CHECK(reg->units().get(board).name == QStringLiteral("Kommunstyrelsen"));
}

TEST_CASE("each program on a register sees who else has it open", "[storage][concurrency][presence]")
{
    TestRegister reg;
    const QDir dir = QFileInfo(reg.path()).absoluteDir();
    auto files = [&] {
        return dir.entryList({QStringLiteral(".test.sakra.*.open")}, QDir::Files | QDir::Hidden);
    };
    {
        Presence anna(reg.path(), QStringLiteral("anna"));
        CHECK(anna.others().isEmpty());
        REQUIRE(files().size() == 1);
        CHECK(QFileInfo(dir.filePath(files().first())).permissions() ==
              (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
        {
            Presence bertil(reg.path(), QStringLiteral("bertil"));
            REQUIRE(anna.others().size() == 1);
            CHECK(anna.others().first().user == QStringLiteral("bertil"));
            CHECK(anna.others().first().host == QSysInfo::machineHostName());
            REQUIRE(bertil.others().size() == 1);
            CHECK(bertil.others().first().user == QStringLiteral("anna"));
        }
        CHECK(anna.others().isEmpty());

        auto plant = [&](const QString& name, const QJsonObject& o) {
            QFile f(dir.filePath(name));
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(o).toJson());
        };
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        const QString old =
            QDateTime::currentDateTimeUtc().addSecs(-Presence::kStaleAfterSeconds - 60).toString(Qt::ISODate);
        // Left by a crash long ago: ignored.
        plant(QStringLiteral(".test.sakra.pc7-1-0.open"),
              {{QStringLiteral("user"), QStringLiteral("cecilia")},
               {QStringLiteral("host"), QStringLiteral("pc7")},
               {QStringLiteral("pid"), 1},
               {QStringLiteral("since"), old},
               {QStringLiteral("seen"), old}});
        // A process of this computer that is gone: ignored at once.
        plant(QStringLiteral(".test.sakra.here-0.open"),
              {{QStringLiteral("user"), QStringLiteral("david")},
               {QStringLiteral("host"), QSysInfo::machineHostName()},
               {QStringLiteral("pid"), 999999999},
               {QStringLiteral("since"), now},
               {QStringLiteral("seen"), now}});
        // Garbage: ignored.
        plant(QStringLiteral(".test.sakra.junk.open"), {});
        // Another computer, refreshed a minute ago: shown.
        plant(QStringLiteral(".test.sakra.pc9-77-0.open"), {{QStringLiteral("user"), QStringLiteral("erik")},
                                                            {QStringLiteral("host"), QStringLiteral("pc9")},
                                                            {QStringLiteral("pid"), 77},
                                                            {QStringLiteral("since"), now},
                                                            {QStringLiteral("seen"), now}});
        REQUIRE(anna.others().size() == 1);
        CHECK(anna.others().first().user == QStringLiteral("erik"));
        CHECK(anna.others().first().host == QStringLiteral("pc9"));
    }
    // Closing removes its own file only.
    CHECK(files().size() == 4);
}

TEST_CASE("a register on a local disk is not taken for a shared folder", "[storage][concurrency]")
{
    TestRegister reg;
    CHECK_FALSE(reg->database().onNetworkFolder());
    CHECK_FALSE(Database::isNetworkFileSystem(reg.path()));
    // Whatever the folder, the journal stays a rollback journal, never WAL.
    CHECK(Query(reg->database(), QStringLiteral("PRAGMA journal_mode")).scalar().toString() ==
          QStringLiteral("delete"));
}
