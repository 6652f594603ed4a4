#pragma once

#include "ServerSchema.h"

#include <QStringList>

namespace sakra {

class Database;

// Who may see and change what in a shared register, kept by the database: the roles, the grants
// table (access_grant: a login, a unit and a role), the functions that turn a login's grants into
// the units it holds, and a row-level security policy on every table.
// - a manager holds the granted unit and every unit below it; a coordinator the administration
//   (or company) the granted unit is in, and below; head everything;
// - reading and writing have policies of their own, so no row can be moved into a unit the user
//   does not hold; no application role may delete (removal is a tombstone) or write the history;
// - threat assessments only for grants that include them (--restricted) and for head.
namespace ServerPolicies {

// An identifier quoted for SQL.
QString ident(const QString& name);
void createRoles(Database& db, const ServerSchema::Roles& roles);
// Lets the owner role create objects in the schema; run by the superuser before SET ROLE.
void prepareOwner(Database& db, const ServerSchema::Roles& roles);
// What SQLite has that the repositories' SQL relies on: sum() over truth values and comparing a
// truth value with 1 or 0.
QStringList shims();
// server_info (the server's schema version and register id) and access_grant.
QStringList serverTables();
// The visibility functions, row security on every table, its policies and the privileges.
QStringList policies(const ServerSchema::Roles& roles);

} // namespace ServerPolicies

} // namespace sakra
