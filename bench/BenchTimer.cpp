#include "BenchTimer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>
#include <algorithm>
#include <vector>

double medianMs(int repeats, const std::function<void()>& work)
{
    std::vector<double> times;
    for (int i = 0; i < std::max(1, repeats); ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

BenchTable::BenchTable(QTextStream& out) : m_out(out)
{
    m_out << "| operation | median ms |\n|---|---:|\n";
}

void BenchTable::row(const char* what, int repeats, const std::function<void()>& work)
{
    m_out << "| " << what << " | " << QString::number(medianMs(repeats, work), 'f', 2) << " |\n";
    m_out.flush();
}

std::optional<BenchArgs> benchArgs(const QStringList& args, const char* program, int defaultRepeats,
                                   QTextStream& out)
{
    if (args.size() < 2) {
        out << "usage: " << program << " FILE [REPEATS]\n";
        return std::nullopt;
    }
    return BenchArgs{args.at(1), args.size() > 2 ? args.at(2).toInt() : defaultRepeats};
}

int runBench(QCoreApplication& app, const char* program, int defaultRepeats,
             const std::function<void(const BenchArgs& args, QTextStream& out)>& body)
{
    QTextStream out(stdout);
    const auto args = benchArgs(app.arguments(), program, defaultRepeats, out);
    if (!args)
        return 2;
    body(*args, out);
    return 0;
}
