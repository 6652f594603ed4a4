#include "TestRegister.h"
#include "storage/Errors.h"
#include "storage/Query.h"
#include "storage/SqliteStatement.h"

#include <QDateTime>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace sakra;

namespace {

// What a column holds, as SQLite says: its type and its value quoted.
QStringList stored(Database& db, const char* table)
{
    Query q(db, QStringLiteral("SELECT typeof(v) || ' ' || quote(v) FROM %1 ORDER BY rowid")
                    .arg(QLatin1String(table)));
    q.exec();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// The message a failing write throws.
QString failureOf(const std::function<void()>& write)
{
    try {
        write();
    } catch (const StorageError& e) {
        return e.message();
    }
    return QString();
}

} // namespace

TEST_CASE("SqliteStatement stores values as Qt's driver does", "[storage]")
{
    TestRegister reg;
    Database& db = reg->database();
    Query(db, QStringLiteral("CREATE TEMP TABLE by_qt (v)")).exec();
    Query(db, QStringLiteral("CREATE TEMP TABLE by_statement (v)")).exec();
    const QVariantList values{QVariant(),
                              QVariant(QMetaType(QMetaType::QString)),
                              QVariant(QMetaType(QMetaType::LongLong)),
                              QString(),
                              QStringLiteral(""),
                              QStringLiteral("Åsa – ”hot” 😀"),
                              QString(QChar(0xD800)) + QLatin1Char('x'),
                              42,
                              qint64(1) << 40,
                              7u,
                              true,
                              false,
                              0.1,
                              -2.5e-300,
                              QByteArray("\x00\x01 blob", 7),
                              QByteArray(),
                              QDate(2026, 11, 29),
                              QDate(),
                              QTime(12, 34, 56, 789),
                              QDateTime(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC),
                              QUuid::fromString(QStringLiteral("6d7e3f4a-1b2c-4d5e-8f90-a1b2c3d4e5f6")),
                              QUuid()};
    Query byQt(db, QStringLiteral("INSERT INTO by_qt (v) VALUES (?)"));
    SqliteStatement byStatement(db, QStringLiteral("INSERT INTO by_statement (v) VALUES (?)"));
    qint64 rowid = 0;
    for (const QVariant& v : values) {
        byQt.bind(v).exec();
        byStatement.bind(v).exec();
        CHECK(byStatement.lastInsertId() == ++rowid);
    }
    const QStringList expected = stored(db, "by_qt");
    CHECK(expected.size() == values.size());
    CHECK(stored(db, "by_statement") == expected);
}

TEST_CASE("SqliteStatement fails as Query does, and can run again after a failure", "[storage]")
{
    TestRegister reg;
    Database& db = reg->database();
    Query(db, QStringLiteral("CREATE TEMP TABLE checked (v TEXT NOT NULL CHECK (v <> 'x'))")).exec();
    Query byQt(db, QStringLiteral("INSERT INTO checked (v) VALUES (?)"));
    SqliteStatement byStatement(db, QStringLiteral("INSERT INTO checked (v) VALUES (?)"));
    for (const QVariant& bad : {QVariant(QStringLiteral("x")), QVariant()}) {
        const QString expected = failureOf([&] { byQt.bind(bad).exec(); });
        CHECK_FALSE(expected.isEmpty());
        CHECK(failureOf([&] { byStatement.bind(bad).exec(); }) == expected);
    }
    CHECK(failureOf([&] { byStatement.bind(QStringLiteral("y")).exec(); }).isEmpty());
    CHECK(failureOf([&] { byStatement.exec(); }).contains(QStringLiteral("Parameter count mismatch")));
    CHECK(failureOf([&] { byStatement.bind(QStringLiteral("z")).exec(); }).isEmpty());
    CHECK(stored(db, "checked") == QStringList{QStringLiteral("text 'y'"), QStringLiteral("text 'z'")});
    CHECK(failureOf([&] {
              SqliteStatement(db, QStringLiteral("INSERT INTO nowhere VALUES (1)"));
          }).startsWith(QStringLiteral("SQL prepare failed: ")));
}
