// Times the search everywhere and a list's text filter on a large register, inside the process
// (scripts/search-bench.sh times whole sakra-cli and sqlite3 processes beside each other).
// Usage: sakra-bench-search FILE [REPEATS]
#include "BenchTimer.h"
#include "Register.h"
#include "search/RegisterSearch.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace sakra;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    return runBench(app, "sakra-bench-search", 7, [](const BenchArgs& args, QTextStream& out) {
        auto reg = Register::openReadOnly(args.path);
        const QStringList texts = {QStringLiteral("hot"),           QStringLiteral("ho"),
                                   QStringLiteral("telefonsamtal"), QStringLiteral("påtryckningar ärende"),
                                   QStringLiteral("kvällstid"),     QStringLiteral("brandlarm")};
        out << "| text | hits | search everywhere ms | incidents listed | incident list: first page and "
               "count ms |\n"
            << "|---|---:|---:|---:|---:|\n";
        for (const QString& text : texts) {
            const RegisterSearch search(reg->database());
            const SearchRequest request{text, 20, false};
            const std::size_t hits = search.find(request).size();
            const double searchMs = medianMs(args.repeats, [&] { search.find(request); });
            IncidentQuery q;
            q.text = text;
            q.limit = 200;
            const qint64 listed = reg->incidents().count(q);
            const double listMs = medianMs(args.repeats, [&] {
                reg->incidents().list(q);
                reg->incidents().count(q);
            });
            out << "| " << text << " | " << hits << " | " << QString::number(searchMs, 'f', 1) << " | "
                << listed << " | " << QString::number(listMs, 'f', 1) << " |\n";
        }
    });
}
