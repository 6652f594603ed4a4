#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// A throw-away database holding a new shared register, on the PostgreSQL server the test run
// started (scripts/test.sh runs the tests under pg_virtualenv, which sets PGHOST, PGPORT, PGUSER
// and PGPASSWORD for a superuser). Each is a copy of one register made once per server and
// schema, so a test case costs a file copy, not a schema. Throws when no server answers: a test
// that needs one fails rather than passing without it.
class ServerDatabase
{
public:
    ServerDatabase();
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase&) = delete;
    ServerDatabase& operator=(const ServerDatabase&) = delete;

    QString name() const { return m_name; }
    // The superuser's address of this database.
    QString url() const;
    // The address as login with password (without one when password is empty).
    QString urlAs(const QString& login, const QString& password) const;

    // A plain connection as login (no program between the test and the database).
    QSqlDatabase connectAs(const QString& login, const QString& password);
    // A login name no other test of this run uses.
    static QString newLogin(const QString& stem);

private:
    QString m_name;
    QStringList m_connections;
};
