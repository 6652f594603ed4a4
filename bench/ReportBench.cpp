// Pages per second of the report renderer against the naive way (one HTML table in a
// QTextDocument printed to QPdfWriter), on the same rows in the same run.
// Usage: sakra-bench-report FILE [REPEATS]   (FILE: a stockholm-scale register; it is opened for
// writing, so a register of an older version is upgraded: pass a copy)
#include "BenchTimer.h"
#include "Register.h"
#include "report/ReportBuilder.h"
#include "report/ReportRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextStream>

using namespace sakra;
using namespace sakra::report;

namespace {

// The measures report with its appendix cut to the first rows table rows.
ReportDocument withRows(const ReportDocument& full, std::size_t rows)
{
    ReportDocument doc = full;
    for (Block& b : doc.blocks)
        if (auto* t = std::get_if<Table>(&b); t && t->columns.size() == 6 && t->rows.size() > rows)
            t->rows.resize(rows);
    return doc;
}

const Table& appendix(const ReportDocument& doc)
{
    for (const Block& b : doc.blocks)
        if (const auto* t = std::get_if<Table>(&b); t && t->columns.size() == 6)
            return *t;
    qFatal("no appendix");
}

int renderOurs(const ReportDocument& doc)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ReportRenderer renderer(doc);
    renderer.writePdf(buffer);
    return renderer.pageCount();
}

// The same table the naive way: HTML, laid out and paginated by QTextDocument.
int renderNaive(const Table& table)
{
    QString html =
        QStringLiteral("<html><body style=\"font-family:'DejaVu Sans'; font-size:7.8pt\">"
                       "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><thead><tr>");
    for (const TableColumn& c : table.columns)
        html += QStringLiteral("<th>") + c.header.toHtmlEscaped() + QStringLiteral("</th>");
    html += QStringLiteral("</tr></thead>");
    for (const TableRow& r : table.rows) {
        html += QStringLiteral("<tr>");
        if (r.kind == TableRow::Kind::Group)
            html += QStringLiteral("<td colspan=\"6\"><b>") + r.cells.value(0).toHtmlEscaped() +
                    QStringLiteral("</b></td>");
        else if (r.kind == TableRow::Kind::Note)
            html += QStringLiteral("<td colspan=\"6\">") + r.cells.value(0).toHtmlEscaped() +
                    QStringLiteral("</td>");
        else
            for (const QString& cell : r.cells)
                html += QStringLiteral("<td>") +
                        cell.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                        QStringLiteral("</td>");
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table></body></html>");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20)));
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setPageSize(QSizeF(writer.width(), writer.height()));
    doc.setHtml(html);
    doc.print(&writer);
    return doc.pageCount();
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return runBench(app, "sakra-bench-report", 3, [](const BenchArgs& args, QTextStream& out) {
        const int repeats = args.repeats;
        auto reg = Register::open(args.path);

        ReportRequest request;
        request.kind = ReportKind::Measures;
        request.from = QDate(2000, 1, 1);
        request.to = QDate(2030, 12, 31);
        request.documentDate = QDate(2026, 1, 15);
        ReportDocument full;
        const double listMs = medianMs(1, [&] {
            ActionQuery all;
            reg->actions().list(all);
        });
        const double buildMs = medianMs(1, [&] { full = ReportBuilder::build(*reg, request); });
        const std::size_t available = appendix(full).rows.size();
        out << "Measures report for the whole municipality built from the register in "
            << QString::number(buildMs, 'f', 0) << " ms (" << available
            << " appendix rows; reading the actions with their latest notes alone: "
            << QString::number(listMs, 'f', 0) << " ms).\n\n";

        // Rows per page of the appendix, from one layout of a slice.
        const std::size_t probe = std::min<std::size_t>(available, 2000);
        const ReportDocument probeDoc = withRows(full, probe);
        ReportRenderer probeRenderer(probeDoc);
        const double rowsPerPage = double(probe) / std::max(1, probeRenderer.pageCount() - 2);

        out << "| target pages | pages | rows | Säkra ms | Säkra pages/s | naive pages | naive ms | naive "
               "pages/s | ratio |\n"
            << "|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
        for (const int target : {50, 300, 600}) {
            const std::size_t rows =
                std::min<std::size_t>(available, std::size_t(rowsPerPage * (target - 2)));
            const ReportDocument doc = withRows(full, rows);
            int pages = 0;
            const double ours = medianMs(repeats, [&] { pages = renderOurs(doc); });
            int naivePages = 0;
            const double naive =
                medianMs(target >= 300 ? 1 : repeats, [&] { naivePages = renderNaive(appendix(doc)); });
            const double oursRate = pages / (ours / 1000);
            const double naiveRate = naivePages / (naive / 1000);
            out << "| " << target << " | " << pages << " | " << rows << " | " << QString::number(ours, 'f', 0)
                << " | " << QString::number(oursRate, 'f', 0) << " | " << naivePages << " | "
                << QString::number(naive, 'f', 0) << " | " << QString::number(naiveRate, 'f', 1) << " | "
                << QString::number(oursRate / naiveRate, 'f', 1) << "× |\n";
            out.flush();
        }
        out << "\nSäkra: layout and painting of the whole document to PDF/A-1b in memory, median of "
            << repeats
            << " runs; naive: the appendix rows as one HTML table, QTextDocument::print to QPdfWriter (one "
               "run "
               "at 300 pages and more).\n";
    });
}
