#pragma once

#include <QString>
#include <QStringList>

namespace sakra {

class Database;

// The schema of a shared register on PostgreSQL. Its tables, columns, checks and indexes are the
// file register's own, read from a newly made register and turned into PostgreSQL's types (so the
// two never drift apart); what only a server has comes beside them: the roles, the grants table,
// row-level security (ServerPolicies), and the history, closure, tally and notification triggers
// (ServerTriggers). Versions are numbered for the server on their own (server_info).
namespace ServerSchema {

int currentVersion();

// The roles of the register in the database db is connected to, named after it:
// <database>_owner owns every object and never logs in; <database>_user is what every login of
// the register is granted; <database>_admin may grant and revoke.
struct Roles
{
    QString owner;
    QString user;
    QString admin;
    QString head; // held by the logins granted head: row security lets them through whole
};
Roles roles(const Database& db);

// The DDL of the file register file (tables and indexes, in the order they were made), as
// PostgreSQL's.
QStringList tableStatements(const Database& file);
// One SQLite CREATE TABLE or CREATE INDEX statement as PostgreSQL's.
QString translate(const QString& sqliteDdl);

// Creates the roles and the schema, or brings an older server register up to date. db is a
// superuser's connection (Database::openServerForSetup). Returns false when the register was
// already current.
bool install(Database& db);

} // namespace ServerSchema

} // namespace sakra
