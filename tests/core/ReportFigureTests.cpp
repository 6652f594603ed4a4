// Every figure a report prints, recomputed from the register with SQL of the test's own and
// compared with the document before it is laid out, and with the PDF's text.
#include "ReportModelSupport.h"
#include "ReportTestSupport.h"
#include "TestRegister.h"
#include "exchange/Generator.h"
#include "report/ReportBuilder.h"
#include "report/ReportText.h"
#include "report/ReportWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <map>

using namespace sakra;
using namespace sakra::report;
using namespace reportcheck;

namespace {

const ReportText kSv(Language::Swedish);

QString num(qint64 n)
{
    return plain(kSv.number(n));
}

QString kr(qint64 n)
{
    return plain(kSv.money(n));
}

// The Swedish form for a count, written out here rather than taken from the report's table.
QString sv(qint64 n, const char* one, const char* many)
{
    return QString::fromUtf8(n == 1 ? one : many).arg(num(n));
}

QString join(const QStringList& items)
{
    return items.size() < 2 ? items.value(0)
                            : QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", ")) +
                                  QStringLiteral(" och ") + items.last();
}

qint64 cellKr(const TableRow& row, int column)
{
    return hundredths(row.cells.value(column), Language::Swedish).value_or(-1) / 100;
}

// The registers the figures are checked on, with the request each is read for: the demo register
// for 2026 as the review read it, and a generated register for this year (the generator dates its
// rows from today).
struct Subject
{
    QString name;
    std::unique_ptr<TestRegister> reg;
    ReportRequest request;
};

std::vector<Subject> subjects(ReportKind kind)
{
    std::vector<Subject> out;
    {
        Subject demo{QStringLiteral("demo"), std::make_unique<TestRegister>(true), {}};
        demo.request.kind = kind;
        demo.request.from = QDate(2026, 1, 1);
        demo.request.to = QDate(2026, 12, 31);
        demo.request.documentDate = QDate(2026, 5, 20);
        out.push_back(std::move(demo));
    }
    {
        Subject generated{QStringLiteral("generated"), std::make_unique<TestRegister>(), {}};
        Generator::generate(**generated.reg, Generator::Scale::Small);
        const QDate today = QDate::currentDate();
        generated.request.kind = kind;
        generated.request.from = QDate(today.year(), 1, 1);
        generated.request.to = QDate(today.year(), 12, 31);
        generated.request.documentDate = today;
        out.push_back(std::move(generated));
    }
    return out;
}

// The PDF's text with the running head and foot taken out, so that a paragraph broken across
// pages reads on; as one line.
QString pdfBody(const PdfFacts& pdf, const ReportDocument& doc)
{
    QStringList kept;
    const int n = int(pdf.pages.size());
    for (int i = 0; i < n; ++i)
        for (const QString& line : pdf.pages.at(i).split(QLatin1Char('\n'))) {
            const QString l = line.trimmed();
            if (l == doc.footerText || l == doc.title.organisation || l == doc.title.issuer ||
                l == doc.documentDate.toString(Qt::ISODate) ||
                l == QStringLiteral("Sida %1 av %2").arg(i + 1).arg(n) ||
                l == QStringLiteral("Page %1 of %2").arg(i + 1).arg(n))
                continue;
            kept << l;
        }
    return kept.join(QLatin1Char(' ')).simplified();
}

// Writes doc as PDF and checks that every paragraph and list item is printed as the model has it.
void checkPdfText(TestRegister& reg, const ReportDocument& doc, const QString& name)
{
    const QString path = reg.file(name);
    REQUIRE(ReportWriter::writePdf(doc, path).written);
    const QString body = pdfBody(readPdf(path), doc);
    for (const Block& b : doc.blocks) {
        QStringList lines;
        if (const auto* p = std::get_if<Paragraph>(&b))
            lines << p->text;
        else if (const auto* l = std::get_if<BulletList>(&b))
            lines << l->items;
        for (const QString& line : lines) {
            INFO(line.toStdString());
            CHECK(body.contains(plain(line).simplified()));
        }
    }
}

// One part of the measures report's selection, counted with SQL.
struct Part
{
    qint64 n = 0, done = 0, inProgress = 0, planned = 0, other = 0, overdue = 0, estimated = 0, actual = 0,
           newMoney = 0;
};

// The cost year of an action, its due date's or else its start's year.
const char* const kCostYear = "CAST(substr(coalesce(a.due_date, a.start_date), 1, 4) AS INTEGER)";

} // namespace

TEST_CASE("the measures report counts one set of actions in its text, tables and appendix",
          "[report][figures][measures]")
{
    for (Subject& s : subjects(ReportKind::Measures)) {
        INFO(s.name.toStdString());
        TestRegister& reg = *s.reg;
        const ReportRequest& r = s.request;
        const ReportDocument doc = ReportBuilder::build(*reg, r);
        const int y1 = r.from.year(), y2 = r.to.year();
        const QString years = y1 == y2 ? QString::number(y1) : QStringLiteral("%1–%2").arg(y1).arg(y2);
        const QString from = r.from.toString(Qt::ISODate);

        // The selection: alive during the period, or with its cost in the period's years.
        const QString selected =
            QString::fromUtf8(kScopeAndBoardSql) +
            QStringLiteral(
                "SELECT CASE WHEN cy IS NULL THEN 3 WHEN cy < ? THEN 1 WHEN cy > ? THEN 2 ELSE 0 END, "
                "count(*), sum(status = 'done'), sum(status = 'in_progress'), sum(status = 'planned'), "
                "sum(status IN ('postponed', 'cancelled')), "
                "sum(status IN ('planned', 'in_progress') AND due_date < ?), "
                "sum(CASE WHEN status <> 'cancelled' THEN estimated_cost_kr ELSE 0 END), "
                "sum(actual_cost_kr), "
                "sum(CASE WHEN status <> 'cancelled' AND fits_budget = 0 THEN estimated_cost_kr END) "
                "FROM (SELECT a.*, %1 AS cy FROM action a WHERE a.deleted_at IS NULL "
                "AND a.unit_id IN (SELECT id FROM scope)) "
                "WHERE cy BETWEEN ? AND ? OR NOT ((status = 'done' AND coalesce(done_date, '9999') < ?) "
                "OR (status = 'cancelled' AND status_changed_on < ?)) GROUP BY 1")
                .arg(QLatin1String(kCostYear));
        std::map<int, Part> parts;
        Part all;
        for (const QVariantList& row : rows(*reg, selected,
                                            {r.scopeUnitId, r.scopeUnitId, y1, y2,
                                             r.documentDate.toString(Qt::ISODate), y1, y2, from, from})) {
            Part& p = parts[row[0].toInt()];
            p = {row[1].toLongLong(), row[2].toLongLong(), row[3].toLongLong(),
                 row[4].toLongLong(), row[5].toLongLong(), row[6].toLongLong(),
                 row[7].toLongLong(), row[8].toLongLong(), row[9].toLongLong()};
            all.n += p.n;
            all.done += p.done;
            all.inProgress += p.inProgress;
            all.planned += p.planned;
            all.other += p.other;
            all.overdue += p.overdue;
            all.estimated += p.estimated;
            all.actual += p.actual;
        }
        REQUIRE(all.n > 3);
        REQUIRE(parts[0].n > 0);
        if (s.name == QLatin1String("demo")) {
            // The review's figures: 730 000 kr due in 2026, 1 110 000 kr in the whole appendix.
            CHECK(parts[0].estimated == 730000);
            CHECK(all.estimated == 1110000);
        }

        // Key figures and the presentation's sentences.
        const std::vector<KeyFigure> figures = keyFigures(doc);
        REQUIRE(figures.size() == 4);
        CHECK(plain(figures[0].value) == num(all.n));
        CHECK(figures[0].label ==
              (all.n == 1 ? QStringLiteral("åtgärd i bilaga 1") : QStringLiteral("åtgärder i bilaga 1")));
        CHECK(plain(figures[1].value) == num(all.done));
        CHECK(figures[1].label ==
              (all.done == 1 ? QStringLiteral("genomförd") : QStringLiteral("genomförda")));
        CHECK(plain(figures[2].value) == num(all.inProgress + all.planned));
        CHECK(plain(figures[3].value) == num(all.overdue));
        const QString text = allText(doc);
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("Av %1 är %2, %3 pågår och %4.")
                                .arg(sv(all.n, "%1 åtgärd", "%1 åtgärder"),
                                     sv(all.done, "%1 genomförd", "%1 genomförda"), num(all.inProgress),
                                     sv(all.planned, "%1 är planerad", "%1 är planerade"))));
        QStringList counted, costs;
        const char* const partNames[] = {
            "åtgärder med slutdatum %1",
            "åtgärder från tidigare år som inte var avslutade när perioden började",
            "åtgärder med slutdatum efter %1", "åtgärder utan start- eller slutdatum"};
        for (const auto& [part, p] : parts) {
            switch (part) {
            case 0: counted << QStringLiteral("%1 med slutdatum %2").arg(num(p.n), years); break;
            case 1:
                counted << sv(p.n, "%1 från tidigare år som inte var avslutad när perioden började",
                              "%1 från tidigare år som inte var avslutade när perioden började");
                break;
            case 2: counted << QStringLiteral("%1 med slutdatum efter %2").arg(num(p.n), years); break;
            default: counted << QStringLiteral("%1 utan start- eller slutdatum").arg(num(p.n)); break;
            }
            const QString name = QString::fromUtf8(partNames[part]);
            costs << (name.contains(QLatin1String("%1")) ? name.arg(years) : name) + QStringLiteral(": ") +
                         kr(p.estimated);
        }
        if (parts.size() > 1) {
            CHECK(text.contains(QStringLiteral("Bilaga 1 tar upp %1: %2.")
                                    .arg(sv(all.n, "%1 åtgärd", "%1 åtgärder"), join(counted))));
            CHECK(text.contains(
                QStringLiteral("Den beräknade kostnaden för åtgärderna i bilaga 1 är %1, fördelad så här:")
                    .arg(kr(all.estimated))));
            for (const QString& cost : costs)
                CHECK(texts(doc).contains(cost));
        }

        // The budget table: per board and year, from the actions due in the period and the allocations.
        const QString perBoard =
            QString::fromUtf8(kScopeAndBoardSql) +
            QStringLiteral(
                "SELECT coalesce(b.name, 'Utan nämnd'), x.year, sum(x.budget), sum(x.est), sum(x.new_money), "
                "sum(x.actual) FROM ("
                " SELECT o.board_id AS board, a.cy AS year, 0 AS budget,"
                " CASE WHEN a.status <> 'cancelled' THEN a.estimated_cost_kr ELSE 0 END AS est,"
                " CASE WHEN a.status <> 'cancelled' AND a.fits_budget = 0 THEN a.estimated_cost_kr ELSE 0 "
                "END "
                " AS new_money, a.actual_cost_kr AS actual"
                " FROM (SELECT a.*, %1 AS cy FROM action a WHERE a.deleted_at IS NULL"
                " AND a.unit_id IN (SELECT id FROM scope)) a LEFT JOIN owner o ON o.unit_id = a.unit_id"
                " WHERE a.cy BETWEEN ? AND ?"
                " UNION ALL SELECT l.board_id, l.year, l.amount_kr, 0, 0, 0 FROM budget_line l"
                " WHERE l.deleted_at IS NULL AND l.amount_kr > 0 AND l.year BETWEEN ? AND ?"
                " AND (? = 0 OR l.board_id IN (SELECT board_id FROM owner WHERE unit_id IN (SELECT id FROM "
                "scope)))"
                ") x LEFT JOIN org_unit b ON b.id = x.board GROUP BY x.board, x.year")
                .arg(QLatin1String(kCostYear));
        const std::vector<QVariantList> boards =
            rows(*reg, perBoard, {r.scopeUnitId, r.scopeUnitId, y1, y2, y1, y2, r.scopeUnitId});
        const Table* budget = tableWithColumn(doc, QStringLiteral("Kvar av ramen"));
        REQUIRE(budget);
        std::map<std::pair<QString, int>, const TableRow*> printed;
        for (const TableRow& row : budget->rows)
            if (row.kind == TableRow::Kind::Normal)
                printed[{row.cells.at(0), row.cells.at(1).toInt()}] = &row;
        CHECK(printed.size() == boards.size());
        qint64 budgetSum = 0;
        for (const QVariantList& b : boards) {
            INFO(b[0].toString().toStdString() << " " << b[1].toInt());
            const auto it = printed.find({b[0].toString(), b[1].toInt()});
            REQUIRE(it != printed.end());
            const TableRow& row = *it->second;
            CHECK(cellKr(row, 2) == b[2].toLongLong());
            CHECK(cellKr(row, 3) == b[3].toLongLong());
            CHECK(cellKr(row, 4) == b[4].toLongLong());
            CHECK(cellKr(row, 5) == b[5].toLongLong());
            CHECK(cellKr(row, 6) == b[2].toLongLong() - (b[3].toLongLong() - b[4].toLongLong()));
            budgetSum += b[2].toLongLong();
        }
        CHECK(text.contains(
            QStringLiteral("Mot budgetramen för %1 räknas åtgärder med slutdatum %1: de beräknas "
                           "kosta %2 mot en budgeterad ram på %3.")
                .arg(years, kr(parts[0].estimated), kr(budgetSum))));
        CHECK(
            text.contains(QStringLiteral("Kvar av ramen är budgetramen minus den beräknade kostnaden för de "
                                         "åtgärder som ryms inom ramen")));

        // The appendix: one table per part, whose total is the part's figure in the text.
        for (const auto& [part, p] : parts) {
            const QString name = QString::fromUtf8(partNames[part]);
            const QString label =
                QStringLiteral("Summa, ") + (name.contains(QLatin1String("%1")) ? name.arg(years) : name);
            INFO(label.toStdString());
            const Table* table = nullptr;
            for (const Table* t : tables(doc))
                if (!t->rows.empty() && t->rows.back().cells.value(0) == label)
                    table = t;
            REQUIRE(table);
            const int normal =
                int(std::count_if(table->rows.begin(), table->rows.end(),
                                  [](const TableRow& row) { return row.kind == TableRow::Kind::Normal; }));
            CHECK(normal == p.n);
            CHECK(cellKr(table->rows.back(), 5) == p.estimated);
            CHECK(cellKr(table->rows.back(), 6) == p.actual);
        }
        if (parts.size() > 1) {
            const Table* summary = tableWithColumn(doc, QStringLiteral("Del"));
            REQUIRE(summary);
            const TableRow& total = summary->rows.back();
            CHECK(total.cells.at(0) == QStringLiteral("Summa, alla åtgärder i bilagan"));
            CHECK(plain(total.cells.at(1)) == num(all.n));
            CHECK(cellKr(total, 2) == all.estimated);
            CHECK(cellKr(total, 3) == all.actual);
        }
        for (const Table* t : tables(doc))
            checkTotals(*t, Language::Swedish);
        checkPdfText(reg, doc, s.name + QStringLiteral("-measures.pdf"));
    }
}
