#pragma once

#include <QString>

class QSqlDatabase;

namespace sakra {

// Where a shared register lives: a libpq connection URI (postgresql://user@host:5432/db) or a
// key=value string (host=... dbname=... user=...). What it leaves out libpq takes from its own
// defaults and environment (PGHOST, PGUSER, ~/.pgpass, gss or ldap).
class ServerAddress
{
public:
    // Refuses (OpenError) what is neither form.
    static ServerAddress parse(const QString& text);

    // Opens a PostgreSQL connection named connectionName; password, when given, is used for this
    // connection only and never kept. Throws OpenError with the server's reason.
    QSqlDatabase open(const QString& connectionName, const QString& password = {}) const;

    // The address as people read it: server, database and user, never a password.
    QString display() const;
    QString user() const { return m_user; }
    QString database() const { return m_database; }
    // The same address with another user (the GUI's sign-in names the user separately).
    ServerAddress withUser(const QString& user) const;

private:
    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_user;
    QString m_password;
    QString m_options; // further key=value pairs, separated by ';' as Qt's driver wants them
};

} // namespace sakra
