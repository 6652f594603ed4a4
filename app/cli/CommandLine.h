#pragma once

#include <QStringList>
#include <QTextStream>

namespace sakra {

class Database;
class Register;

// sakra-cli: the register on the command line. Each command prints its result on standard output
// and, on failure, one line on standard error; run() returns the process exit code
// (0 success, 1 failure, 2 wrong usage, 3 the last write to the file was interrupted and a
// read-only command will not look at it before `sakra-cli recover`).
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
    // In SpreadsheetCommands.cpp: export to XLSX or CSV, and an empty workbook to fill in.
    int exportSpreadsheet(const QStringList& args);
    int writeTemplate(const QStringList& args);
    int importJson(const QStringList& args);
    // In SpreadsheetCommands.cpp: XLSX and CSV.
    int importSpreadsheet(const QStringList& args);
    int generate(const QStringList& args);
    // In AssessCommand.cpp and ReportCommand.cpp.
    int assess(const QStringList& args);
    int report(const QStringList& args);
    // In RegisterFileCommands.cpp: the file itself rather than its content.
    int recover(const QStringList& args);
    int backup(const QStringList& args);
    int restore(const QStringList& args);
    int verify(const QStringList& args);
    // In PackageCommands.cpp: work handed out to a site without network, and taken back.
    int package(const QStringList& args);
    int merge(const QStringList& args);
    // In ServerCommands.cpp: a shared register on PostgreSQL (init, import, grant, revoke, users).
    int server(const QStringList& args);
    // In SearchCommand.cpp: every area searched at once, hits as JSON.
    int search(const QStringList& args);
    // In RetentionCommand.cpp: retention rules, a preview and the run that clears (gallring).
    int retention(const QStringList& args);
    // The unit named on the command line: an id, or the name of exactly one unit.
    static qint64 resolveUnit(Register& reg, const QString& name);
    // Read-only commands refuse a file whose last write was interrupted (exit code 3).
    static void refuseInterrupted(const QString& path);
    // Writing commands roll an interrupted write back on open; this says so on standard error.
    void reportRecovery(const Database& db);

    int usageError(const QString& message);
    int failure(const QString& message);
    // The value after option in args, or an empty string (and a usage message) when it is missing.
    static QString option(const QStringList& args, const QString& option);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace sakra
