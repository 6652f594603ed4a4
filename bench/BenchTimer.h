#pragma once

#include <QTextStream>
#include <functional>

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
