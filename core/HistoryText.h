#pragma once

#include <QString>

namespace sakra {

struct Column;
struct TableSpec;

// A value as the change history stores it, as people read it: a stored code as its label
// ("planned" → "Planerad"), an amount in kronor ("800000" → "800 000 kr"); anything else as
// stored. Given to ChangeLog::describe by what shows the history.
QString historyValueText(const TableSpec& table, const Column& column, const QString& stored);

} // namespace sakra
