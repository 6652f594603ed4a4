#pragma once

#include <QString>

namespace sakra {

// What Säkra asks of the operating system, in one place: each system's answers are in a file of
// its own (LocalSystem_unix.cpp, LocalSystem_windows.cpp).
namespace LocalSystem {

// Whether the process of this computer with that id is running; true when it cannot be told.
bool processRuns(qint64 pid);
// The login name of the user running Säkra, when the environment does not say it.
QString loginName();

} // namespace LocalSystem

} // namespace sakra
