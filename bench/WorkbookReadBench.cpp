// Times reading a workbook (XlsxReader::read: unpacking, the XML of every sheet, the shared
// strings), so that the reading is seen apart from the import.
// Usage: sakra-bench-workbook-read FILE.xlsx [REPEATS]
#include "BenchTimer.h"
#include "exchange/SheetData.h"
#include "exchange/XlsxReader.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace sakra;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const auto args = benchArgs(app.arguments(), "sakra-bench-workbook-read", 5, out);
    if (!args)
        return 2;
    qint64 cells = 0;
    for (const SheetData& sheet : XlsxReader::read(args->path).sheets)
        for (const SheetRow& row : sheet.rows)
            cells += row.cells.size();
    out << "cells: " << cells << "\n\n";
    BenchTable table(out);
    table.row("read the workbook (unzip, XML, shared strings)", args->repeats,
              [&] { XlsxReader::read(args->path); });
    return 0;
}
