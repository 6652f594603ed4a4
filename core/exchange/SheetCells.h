#pragma once

#include <QDate>
#include <QString>
#include <QVariant>
#include <optional>

namespace sakra {

// What a spreadsheet cell says as the value a column stores. Cells come as the readers give them
// (text, numbers, dates, times, booleans); each function takes any of them and returns nullopt
// with a Swedish message in problem when the cell cannot be read as wanted.
namespace SheetCells {
// Text as written; numbers without a needless ".0", dates as yyyy-mm-dd, times as hh:mm.
QString text(const QVariant& cell);
// A whole number: numbers stored as text too ("12 500 kr", "1,0", "ja"/"nej" as 1/0).
std::optional<qint64> integer(const QVariant& cell, QString& problem);
// A date cell, a day number (1900 date system), or text as yyyy-mm-dd, dd/mm/yyyy or d.m.yyyy.
std::optional<QDate> date(const QVariant& cell, QString& problem);
bool isEmpty(const QVariant& cell);
} // namespace SheetCells

} // namespace sakra
