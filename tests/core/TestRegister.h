#pragma once

#include "Register.h"

#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>
#include <tuple>
#include <vector>

class ServerDatabase;

// A fresh register in its own temporary folder for one test case. With SAKRA_TEST_ENGINE=postgres
// in the environment it is a shared register in a throw-away database on the PostgreSQL server
// the test run started instead (the repository tests run so against both engines; see
// tests/server), written as the server's superuser.
class TestRegister
{
public:
    explicit TestRegister(bool demo = false);
    ~TestRegister();
    static bool onServer();

    sakra::Register& operator*() { return *m_reg; }
    sakra::Register* operator->() { return m_reg.get(); }
    QString path() const { return m_path; }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    void close() { m_reg.reset(); }
    void reopen();

    // Convenience builders that go through the repositories.
    qint64 unit(sakra::UnitKind kind, const QString& name, qint64 parent, qint64 board = 0);
    qint64 roleId(const QString& code);
    qint64 person(const QString& name, qint64 unit = 0);
    qint64 site(const QString& name);
    // The municipality "Kommunen", a board under it and the board's administration: the top of the
    // organisation most tests build on. Returns their ids in that order.
    std::tuple<qint64, qint64, qint64> top(const QString& board, const QString& administration);

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ServerDatabase> m_server;
    std::unique_ptr<sakra::Register> m_reg;
};

// The ids of the rows a list query lets through, in its order (entity: the list row's member that
// holds the entity), checking that the repository's count agrees with the rows listed.
template <typename Repository, typename Query, typename Row, typename Entity>
std::vector<qint64> listedIds(const Repository& repository, const Query& query, Entity Row::*entity)
{
    std::vector<qint64> out;
    for (const Row& row : repository.list(query))
        out.push_back((row.*entity).id);
    CHECK(qint64(out.size()) == repository.count(query)); // count agrees with the list
    return out;
}

// The one element of items; the test stops when there is not exactly one.
template <typename T> T onlyOne(const std::vector<T>& items)
{
    REQUIRE(items.size() == 1);
    return items.front();
}

// Runs write and requires a ValidationError naming field whose message contains text, with nothing
// written: every table, the change history included, holds what it held before.
void requireInvalid(TestRegister& reg, const std::function<void()>& write, const char* field,
                    const char* text);

// A fresh register holding the top of an organisation (TestRegister::top) for a test's fixture.
struct TopFixture
{
    TopFixture(const QString& boardName, const QString& administrationName)
    {
        std::tie(root, board, admin) = reg.top(boardName, administrationName);
    }

    TestRegister reg;
    qint64 root = 0, board = 0, admin = 0;
    QDate today = QDate::currentDate();
};

// The top of the organisation with the unit Mottagningen under its administration and the site
// Kvarngatan 4, and a second administration with a unit of its own: rows in a unit's scope and
// outside it, for the lists that filter by scope.
struct ScopeFixture : TopFixture
{
    ScopeFixture();

    qint64 unit = 0, otherAdmin = 0, otherUnit = 0, site = 0;
};

// Creates a register file at path as an older Säkra left it: at schema version, and closed.
void createOlderRegister(const QString& path, int version);

// The bytes of a file, to prove it was not touched.
QByteArray fileBytes(const QString& path);

// Works on the file at path through a connection of its own, as another SQLite program would;
// readOnly: one that cannot write (a fixture in the source tree).
void withRawConnection(const QString& path, const std::function<void(QSqlQuery&)>& work,
                       bool readOnly = false);

// sakra-cli run in this process: exit code, standard output and standard error.
struct CliRun
{
    int code;
    QString out;
    QString err;
};
CliRun runCli(QStringList args);

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& l)
    {
        return "[" + l.join(QStringLiteral(" | ")).toStdString() + "]";
    }
};
} // namespace Catch
