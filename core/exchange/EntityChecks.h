#pragma once

#include <QVariantMap>
#include <functional>

namespace sakra {

class LiveRows;
class Register;
struct TableSpec;

// The checks of a table's repository for rows that do not go through it (imports): the values
// (columns by name, references as ids) made into the entity, its derived fields filled in and
// validated exactly as create() and update() do. Returns the completed values; throws
// ValidationError naming the field.
namespace EntityChecks {
using Check = std::function<QVariantMap(const QVariantMap& values, qint64 id)>;
// Empty when the table has no repository of its own. live, when given, answers which rows are
// live in place of the database (EntityRepository::checked).
Check forTable(Register& reg, const TableSpec& table, LiveRows* live = nullptr);
} // namespace EntityChecks

} // namespace sakra
