#pragma once

#include <QString>

namespace sakra {

class Database;
struct TableSpec;

// Rows that belong to another and go and come back with it: an action's notes and links, an
// incident's links, a routine's covered units. What a repository's removeDependants and
// restoreDependants do, in one place.
namespace DependentRows {

// Tombstones, each with its history, the live rows of spec whose column holds ownerId.
void remove(Database& db, const TableSpec& spec, const char* column, qint64 ownerId);

// Brings back, each with its history, the rows of spec whose column holds ownerId and that were
// removed at or after removedAt (with the owner, not before it) — except rows that refer to
// another row that is itself removed now (a link to an incident removed meanwhile stays removed).
void restore(Database& db, const TableSpec& spec, const char* column, qint64 ownerId,
             const QString& removedAt);

} // namespace DependentRows

} // namespace sakra
