#pragma once

#include <QString>

namespace sakra {
class Database;
}

namespace sakra::SqlSnippets {

// " AND <column> IN (<the unit bound to the placeholder and every live unit below it>)".
// Takes one bound value: the scope unit's id.
QString inScope(const char* column);

// The unit a figure for scopeUnitId is about: that unit, or for 0 the top of the organisation (the
// first live unit without a parent; 0 in an empty register).
qint64 scopeOrTop(Database& db, qint64 scopeUnitId);
// " AND <column> IN (the units the user may see)" on a shared register for one who does not see
// the whole of it, else nothing: for figures over units, whose names everyone may read but whose
// records row security keeps to those who hold them (a unit seen without its records would count
// as one that has none).
QString onlyUnitsSeen(const Database& db, const QString& column);

// The order of a list, by a column (an expression from the list's own fixed choices, never text from
// the caller) in the query's direction:
// " ORDER BY <column> ASC|DESC, <alias>.id ASC|DESC", ties broken by the row's id.
QString orderById(const QString& column, const char* alias, bool ascending);
// " ORDER BY <column> IS NULL, <column> ASC|DESC, <alias>.id ASC|DESC": rows without a value last
// either way (SQLite puts NULL first going up and last going down).
QString orderNullsLastById(const QString& column, const char* alias, bool ascending);
// " ORDER BY <column> ASC|DESC<then>", ties broken by the list's fixed order then (", t.id DESC").
QString orderThen(const QString& column, bool ascending, const char* then);

// Whether order (" ORDER BY ...") names columns of the table behind alias only, none of a joined
// table, so that the page's rows can be picked before the joins (keysFirst).
bool ordersOnlyBy(const QString& order, const char* alias);
// One page of a list. Of a part of the organisation (where holds inScope) with its rows picked
// first: the ids of the page from the table alone (where: " WHERE ...", order, then " LIMIT ?
// OFFSET ?"), from an index where one serves, and only then the page's 200 rows read whole and
// joined; in one statement SQLite would read every row the filter lets through whole, with its
// joins, before sorting and keeping 200 (all of an administration's incidents for the first page
// of them). Of the whole register in one statement, where the list's index gives the order.
// select is "SELECT columns" (values bound in them go first), joins " JOIN other o ON ...".
QString keysFirst(const QString& select, const char* table, const char* alias, const QString& joins,
                  const QString& where, const QString& order);

} // namespace sakra::SqlSnippets
