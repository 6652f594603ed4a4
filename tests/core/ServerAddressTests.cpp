#include "server/ServerAddress.h"
#include "storage/Errors.h"
#include "storage/SqlDialect.h"

#include <QSqlError>
#include <catch2/catch.hpp>

using namespace sakra;

TEST_CASE("A server address is read as a libpq URI or as key=value pairs, never showing a password",
          "[server-address]")
{
    const ServerAddress uri = ServerAddress::parse(
        QStringLiteral("postgresql://anna:hemligt@db.kommun.se:5433/sakra?sslmode=require"));
    CHECK(uri.user() == QStringLiteral("anna"));
    CHECK(uri.database() == QStringLiteral("sakra"));
    CHECK(uri.display() == QStringLiteral("anna@db.kommun.se:5433/sakra"));
    CHECK_FALSE(uri.display().contains(QStringLiteral("hemligt")));

    const ServerAddress pairs = ServerAddress::parse(
        QStringLiteral("host=db.kommun.se dbname='säkra register' user=bertil password=x"));
    CHECK(pairs.user() == QStringLiteral("bertil"));
    CHECK(pairs.database() == QStringLiteral("säkra register"));
    CHECK(pairs.display() == QStringLiteral("bertil@db.kommun.se/säkra register"));
    CHECK(pairs.withUser(QStringLiteral("cecilia")).display() ==
          QStringLiteral("cecilia@db.kommun.se/säkra register"));

    CHECK_THROWS_AS(ServerAddress::parse(QString()), OpenError);
    CHECK_THROWS_AS(ServerAddress::parse(QStringLiteral("just words")), OpenError);
    CHECK_THROWS_AS(ServerAddress::parse(QStringLiteral("host=")), OpenError);
}

TEST_CASE("The dialect turns SQLite's spelling into PostgreSQL's and sorts the server's errors",
          "[server-address]")
{
    CHECK(SqlDialect::adapt(Engine::Sqlite, QStringLiteral("SELECT 1 WHERE a LIKE ?")) ==
          QStringLiteral("SELECT 1 WHERE a LIKE ?"));
    CHECK(SqlDialect::adapt(Engine::Postgres, QStringLiteral("SELECT 1 WHERE a LIKE ? ESCAPE '\\'")) ==
          QStringLiteral("SELECT 1 WHERE a ILIKE ? ESCAPE '\\'"));
    const QString insert =
        SqlDialect::adapt(Engine::Postgres, QStringLiteral("INSERT INTO risk (title) VALUES (?)"));
    CHECK(insert.endsWith(QStringLiteral(" RETURNING id")));
    CHECK(SqlDialect::returnsId(Engine::Postgres, insert));
    // Tables without an id column return nothing.
    CHECK_FALSE(
        SqlDialect::adapt(Engine::Postgres, QStringLiteral("INSERT INTO package_row (vals) VALUES (?)"))
            .contains(QStringLiteral("RETURNING")));
    CHECK(SqlDialect::adapt(Engine::Postgres,
                            QStringLiteral("SELECT group_concat(name, ', '), lower(name) || char(30) || "
                                           "printf('%020d', c.id)")) ==
          QStringLiteral(
              "SELECT string_agg(name, ', '), lower(name) || chr(30) || lpad(CAST(c.id AS text), 20, '0')"));

    auto failure = [](const char* state, QSqlError::ErrorType type = QSqlError::StatementError) {
        return SqlDialect::classify(Engine::Postgres,
                                    QSqlError(QString(), QString(), type, QString::fromLatin1(state)));
    };
    CHECK(failure("42501") == SqlDialect::Failure::Permission);
    CHECK(failure("40001") == SqlDialect::Failure::Busy);
    CHECK(failure("40P01") == SqlDialect::Failure::Busy);
    CHECK(failure("23505") == SqlDialect::Failure::Conflict);
    CHECK(failure("08006") == SqlDialect::Failure::Connection);
    CHECK(failure("57P01") == SqlDialect::Failure::Connection);
    CHECK(failure("", QSqlError::ConnectionError) == SqlDialect::Failure::Connection);
    CHECK(failure("42601") == SqlDialect::Failure::Other);
    CHECK(SqlDialect::classify(Engine::Sqlite, QSqlError(QString(), QString(), QSqlError::StatementError,
                                                         QStringLiteral("5"))) == SqlDialect::Failure::Busy);
}
