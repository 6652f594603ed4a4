#pragma once

#include <QStringList>
#include <QTextStream>
#include <functional>
#include <optional>

// Prints a markdown table of median wall times, one row per measured operation.
class BenchTable
{
public:
    explicit BenchTable(QTextStream& out);
    void row(const char* what, int repeats, const std::function<void()>& work);

private:
    QTextStream& m_out;
};

// Median wall time of repeats runs of work, in milliseconds.
double medianMs(int repeats, const std::function<void()>& work);

// What every benchmark is given: FILE [REPEATS].
struct BenchArgs
{
    QString path;
    int repeats;
};
// The arguments, or none after printing the usage of the program named when FILE is missing.
std::optional<BenchArgs> benchArgs(const QStringList& args, const char* program, int defaultRepeats,
                                   QTextStream& out);

class QCoreApplication;
// A benchmark's main: reads FILE [REPEATS] from app's arguments (printing the usage and returning 2
// when FILE is missing), runs body with them and returns 0.
int runBench(QCoreApplication& app, const char* program, int defaultRepeats,
             const std::function<void(const BenchArgs& args, QTextStream& out)>& body);
