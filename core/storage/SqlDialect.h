#pragma once

#include "Engine.h"

#include <QString>
#include <QVariantList>

class QSqlDriver;
class QSqlError;

namespace sakra {

// What differs between the engines, in one place. The repositories write their SQL once, in the
// dialect both engines understand (SQLite's, kept to what PostgreSQL can be taught with the few
// shims ServerPolicies creates); adapt() turns
// the little that remains into PostgreSQL's. Errors are sorted into the kinds a user is told
// about, from SQLite's result codes or PostgreSQL's SQLSTATE.
namespace SqlDialect {

// The statement as engine runs it. For PostgreSQL an INSERT ... VALUES into a table with an id
// column returns the id (Query::lastInsertId), LIKE and COLLATE NOCASE compare without case as
// SQLite's do, NULL sorts where SQLite sorts it, and SQLite's own functions are spelled as
// PostgreSQL spells them.
QString adapt(Engine engine, const QString& sql);
// The words of a row of table that the file register's full-text index holds, as PostgreSQL's
// text-search document (for the query and for the server's index on it).
QString searchDocument(const QString& table);
// The comma-separated terms of a list starting at from, up to the parenthesis that closes it, the
// end, or (stopAtClause) a LIMIT, OFFSET, UNION, ... of the same level; quotes and nested
// parentheses are skipped. end receives where the list stopped.
QStringList topLevelList(const QString& sql, qsizetype from, qsizetype* end, bool stopAtClause = false);
// column COLLATE NOCASE as PostgreSQL's lower(column) (for statements and index definitions).
QString caseless(const QString& sql);
// sql with each ? outside quotes replaced by the next value, quoted by driver (PostgreSQL's own
// escaping); throws StorageError when the count of values differs from the count of places.
QString withValues(const QString& sql, const QVariantList& values, const QSqlDriver& driver);
// adapt() added RETURNING id to it.
bool returnsId(Engine engine, const QString& adaptedSql);

enum class Failure
{
    Other,
    Busy,       // another writer held it too long, or the server asks to try again
    ReadOnly,   // a register opened read-only
    Permission, // the database refused: no privilege, or a row outside the user's units
    Conflict,   // a unique key or a foreign key
    Connection, // the server is gone
};
Failure classify(Engine engine, const QSqlError& error);

// The column type engine gives a column SQLite declares with type (INTEGER, TEXT).
QString columnType(Engine engine, const QString& sqliteType);

} // namespace SqlDialect

} // namespace sakra
