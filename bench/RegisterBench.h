#pragma once

#include <QString>
#include <QTextStream>
#include <functional>
#include <memory>

namespace sakra {
class Register;
}

// The register a benchmark runs on: a file, or a shared register's address (a libpq URI or
// key=value string), on which the figures are what the user the address names sees.
std::unique_ptr<sakra::Register> openBenchRegister(const QString& where);

// A benchmark on a register, FILE [REPEATS]: runBench with the register opened (openBenchRegister)
// and the id of its first administration (for a unit manager on a server, their first unit), for
// the figures of one administration. The exit code as runBench's.
int runRegisterBench(
    int& argc, char* argv[], const char* program, int defaultRepeats,
    const std::function<void(sakra::Register& reg, qint64 admin, int repeats, QTextStream& out)>& body);
