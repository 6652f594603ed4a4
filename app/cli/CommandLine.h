#pragma once

#include <QStringList>
#include <QTextStream>

namespace sakra {

// sakra-cli: the register on the command line. Each command prints its result on standard output
// and, on failure, one line on standard error; run() returns the process exit code
// (0 success, 1 failure, 2 wrong usage).
class CommandLine
{
public:
    CommandLine(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}

    int run(const QStringList& arguments);

    static QString usage();

private:
    int init(const QStringList& args);
    int check(const QStringList& args);
    int stats(const QStringList& args);
    int exportJson(const QStringList& args);
    int importJson(const QStringList& args);
    int generate(const QStringList& args);
    // In AssessCommand.cpp and ReportCommand.cpp.
    int assess(const QStringList& args);
    int report(const QStringList& args);

    int usageError(const QString& message);
    int failure(const QString& message);
    // The value after option in args, or an empty string (and a usage message) when it is missing.
    static QString option(const QStringList& args, const QString& option);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace sakra
