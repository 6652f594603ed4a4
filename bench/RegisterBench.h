#pragma once

#include <QTextStream>
#include <functional>

namespace sakra {
class Register;
}

// A benchmark on a register file, FILE [REPEATS]: runBench with the register opened and the id of
// its first administration, for the figures of one administration. The exit code as runBench's.
int runRegisterBench(
    int& argc, char* argv[], const char* program, int defaultRepeats,
    const std::function<void(sakra::Register& reg, qint64 admin, int repeats, QTextStream& out)>& body);
