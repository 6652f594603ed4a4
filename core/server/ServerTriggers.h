#pragma once

#include <QStringList>

namespace sakra {

struct TableSpec;

// What the file register's triggers and the program's history writer do, done by a shared
// register's database itself, so no client can skip or forge it:
// - unit_closure and incident_tally kept current as the file's triggers keep them;
// - the change history written for every row change with the session's user, in the file's hash
//   chain (HashChain::hashOf computes the same hash), serialised so the chain never forks;
// - updated_by set to the session's user;
// - a notification after each committed change, naming only the table.
// The functions run as the owner (security definer), so they write tables the users may not.
namespace ServerTriggers {

QStringList all();
// The SQL expression of the unit a row r of spec belongs to, or an empty string when it belongs
// to no single unit (the organisation, catalogues, shared sites and routines).
QString unitOf(const TableSpec& spec, const QString& r);
// Tables whose rows tell about a building's weaknesses: seen by those whose units are in it.
bool isSiteScoped(const TableSpec& spec);

// The channel clients LISTEN on.
constexpr const char* kChannel = "sakra_changes";

} // namespace ServerTriggers

} // namespace sakra
