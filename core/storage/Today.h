#pragma once

#include <QDate>

namespace sakra {

// Today's date in the local time zone, the answer QDate::currentDate() gives, without its cost:
// worked out once and kept until the local date changes (the next midnight, or a clock set back
// before the day began), checked against the system clock in UTC, which is cheap. The checks of
// an import ask for it for every row.
namespace Today {
QDate date();
} // namespace Today

} // namespace sakra
