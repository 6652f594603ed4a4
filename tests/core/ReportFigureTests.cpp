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

// One part of the measures report's selection, counted with SQL.
struct Part
{
    qint64 n = 0, done = 0, inProgress = 0, planned = 0, other = 0, overdue = 0, estimated = 0, actual = 0,
           newMoney = 0;
};

// The cost year of an action, its due date's or else its start's year.
const char* const kCostYear = "CAST(substr(coalesce(a.due_date, a.start_date), 1, 4) AS INTEGER)";

// The budget table (measures and organisation reports): per board and year, from the actions
// whose cost falls in the period's years and the allocations. Returns the allocations' sum.
qint64 checkBudgetTable(TestRegister& reg, const ReportRequest& r, const ReportDocument& doc)
{
    const int y1 = r.from.year(), y2 = r.to.year();
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
            ") x LEFT JOIN org_unit b ON b.id = x.board GROUP BY x.board, b.name, x.year")
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
    CHECK(allText(doc).contains(QStringLiteral(
        "Kvar av ramen är budgetramen minus den beräknade kostnaden för de åtgärder som ryms inom ramen")));
    return budgetSum;
}

} // namespace

TEST_CASE("the measures report counts one set of actions in its text, tables and appendix",
          "[report][figures][measures]")
{
    for (Subject& s : subjects(ReportKind::Measures))
        // The whole municipality, and the administration with the most actions (whose budget
        // table shows its board's whole allocation).
        for (const bool whole : {true, false}) {
            TestRegister& reg = *s.reg;
            ReportRequest r = s.request;
            if (!whole)
                r.scopeUnitId =
                    rows(*reg, QStringLiteral("SELECT c.ancestor_id FROM action a JOIN unit_closure c ON "
                                              "c.unit_id = a.unit_id JOIN org_unit u ON u.id = c.ancestor_id "
                                              "WHERE a.deleted_at IS NULL AND u.kind = 'administration' "
                                              "GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1"))
                        .at(0)
                        .at(0)
                        .toLongLong();
            INFO(s.name.toStdString() << ", scope " << r.scopeUnitId);
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
                    "AND a.unit_id IN (SELECT id FROM scope)) AS a "
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
            REQUIRE(all.n > (whole ? 3 : 1));
            REQUIRE(parts[0].n > 0);
            if (s.name == QLatin1String("demo") && whole) {
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
                costs << (name.contains(QLatin1String("%1")) ? name.arg(years) : name) +
                             QStringLiteral(": ") + kr(p.estimated);
            }
            if (parts.size() > 1) {
                CHECK(text.contains(QStringLiteral("Bilaga 1 tar upp %1: %2.")
                                        .arg(sv(all.n, "%1 åtgärd", "%1 åtgärder"), join(counted))));
                CHECK(text.contains(
                    QStringLiteral(
                        "Den beräknade kostnaden för åtgärderna i bilaga 1 är %1, fördelad så här:")
                        .arg(kr(all.estimated))));
                for (const QString& cost : costs)
                    CHECK(texts(doc).contains(cost));
            }

            const qint64 budgetSum = checkBudgetTable(reg, r, doc);
            CHECK(text.contains(
                QStringLiteral("Mot budgetramen för %1 räknas åtgärder med slutdatum %1: de beräknas "
                               "kosta %2 mot en budgeterad ram på %3.")
                    .arg(years, kr(parts[0].estimated), kr(budgetSum))));
            CHECK(text.contains(
                QStringLiteral("Kvar av ramen är budgetramen minus den beräknade kostnaden för de "
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
                    int(std::count_if(table->rows.begin(), table->rows.end(), [](const TableRow& row) {
                        return row.kind == TableRow::Kind::Normal;
                    }));
                CHECK(normal == p.n);
                CHECK(cellKr(table->rows.back(), 4) == p.estimated);
                CHECK(cellKr(table->rows.back(), 5) == p.actual);
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
            if (!whole)
                CHECK(text.contains(
                    QStringLiteral("Budgetramen gäller hela nämnden, medan kostnaderna avser åtgärderna "
                                   "inom")));
        }
}

TEST_CASE("the annual compilation counts one set of actions in its figures and tables",
          "[report][figures][annual]")
{
    for (Subject& s : subjects(ReportKind::Annual)) {
        INFO(s.name.toStdString());
        TestRegister& reg = *s.reg;
        const ReportRequest& r = s.request;
        const ReportDocument doc = ReportBuilder::build(*reg, r);
        const int y1 = r.from.year(), y2 = r.to.year();
        const QString years = y1 == y2 ? QString::number(y1) : QStringLiteral("%1–%2").arg(y1).arg(y2);

        // Actions still ahead: planned, in progress or postponed, started by the end of the period and
        // due in or after it, or still open. Per board.
        const QString ahead =
            QString::fromUtf8(kScopeAndBoardSql) +
            QStringLiteral(
                "SELECT coalesce(b.name, 'Utan nämnd'), count(*), sum(a.estimated_cost_kr), "
                "sum(CASE WHEN a.cy BETWEEN ? AND ? THEN a.estimated_cost_kr ELSE 0 END), "
                "sum(CASE WHEN a.fits_budget = 0 THEN a.estimated_cost_kr ELSE 0 END), "
                "sum(a.needs_board_decision), "
                "(SELECT coalesce(sum(l.amount_kr), 0) FROM budget_line l WHERE l.deleted_at IS NULL "
                " AND l.board_id = o.board_id AND l.year BETWEEN ? AND ?) "
                "FROM (SELECT a.*, %1 AS cy FROM action a WHERE a.deleted_at IS NULL "
                " AND a.unit_id IN (SELECT id FROM scope) "
                " AND a.status IN ('planned', 'in_progress', 'postponed') "
                " AND (a.start_date IS NULL OR a.start_date <= ?) "
                " AND (a.due_date IS NULL OR a.due_date >= ? OR a.status IN ('planned', 'in_progress'))) a "
                "LEFT JOIN owner o ON o.unit_id = a.unit_id LEFT JOIN org_unit b ON b.id = o.board_id "
                "GROUP BY o.board_id, b.name")
                .arg(QLatin1String(kCostYear));
        const std::vector<QVariantList> boards =
            rows(*reg, ahead,
                 {r.scopeUnitId, r.scopeUnitId, y1, y2, y1, y2, r.to.toString(Qt::ISODate),
                  r.from.toString(Qt::ISODate)});
        qint64 n = 0, estimated = 0, within = 0, newMoney = 0, decisions = 0, budget = 0;
        for (const QVariantList& b : boards) {
            n += b[1].toLongLong();
            estimated += b[2].toLongLong();
            within += b[3].toLongLong();
            newMoney += b[4].toLongLong();
            decisions += b[5].toLongLong();
            budget += b[6].toLongLong();
        }
        REQUIRE(n > 3);

        const std::vector<KeyFigure> figures = keyFigures(doc);
        REQUIRE(figures.size() == 4);
        CHECK(plain(figures[0].value) == num(n));
        CHECK(plain(figures[1].value) == kr(estimated));
        CHECK(plain(figures[2].value) == kr(newMoney));
        CHECK(plain(figures[3].value) == num(decisions));
        const Table* summary = tableWithColumn(doc, QStringLiteral("Därav slutdatum %1").arg(years));
        REQUIRE(summary);
        REQUIRE(summary->rows.size() == boards.size() + 1);
        const QStringList paragraphs = texts(doc);
        for (const QVariantList& b : boards) {
            const QString name = b[0].toString();
            INFO(name.toStdString());
            const auto row = std::find_if(summary->rows.begin(), summary->rows.end(),
                                          [&](const TableRow& x) { return x.cells.value(0) == name; });
            REQUIRE(row != summary->rows.end());
            CHECK(plain(row->cells.at(1)) == num(b[1].toLongLong()));
            CHECK(cellKr(*row, 2) == b[2].toLongLong());
            CHECK(cellKr(*row, 3) == b[3].toLongLong());
            CHECK(cellKr(*row, 4) == b[6].toLongLong());
            CHECK(cellKr(*row, 5) == b[4].toLongLong());
            // The board's own section: its sentence and its table's total.
            CHECK(paragraphs.contains(
                QStringLiteral("%1 med en beräknad kostnad av %2, varav %3 för åtgärder med "
                               "slutdatum %4; budgetramen för %4 är %5.")
                    .arg(sv(b[1].toLongLong(), "%1 åtgärd", "%1 åtgärder"), kr(b[2].toLongLong()),
                         kr(b[3].toLongLong()), years, kr(b[6].toLongLong()))));
        }
        const TableRow& total = summary->rows.back();
        CHECK(plain(total.cells.at(1)) == num(n));
        CHECK(cellKr(total, 2) == estimated);
        CHECK(cellKr(total, 3) == within);
        CHECK(cellKr(total, 4) == budget);
        CHECK(cellKr(total, 5) == newMoney);
        // Every action is listed once in the boards' tables.
        int listed = 0;
        for (const Table* t : tables(doc))
            if (t != summary && t->columns.size() == 6 &&
                t->columns[1].header == QStringLiteral("Förvaltning och enhet"))
                for (const TableRow& row : t->rows)
                    listed += row.kind == TableRow::Kind::Normal ? 1 : 0;
        CHECK(listed == n);
        for (const Table* t : tables(doc))
            checkTotals(*t, Language::Swedish);
        checkPdfText(reg, doc, s.name + QStringLiteral("-annual.pdf"));
    }
}

TEST_CASE("the organisation report's posts and budget are sums of its tables and of the register",
          "[report][figures][organisation]")
{
    for (Subject& s : subjects(ReportKind::Organisation)) {
        INFO(s.name.toStdString());
        TestRegister& reg = *s.reg;
        const ReportRequest& r = s.request;
        const ReportDocument doc = ReportBuilder::build(*reg, r);
        const QString day = r.documentDate.toString(Qt::ISODate);

        // Per administration or company and staffed level: planned posts, filled share of full time and
        // assignments of the units below it, on the document date.
        const QString staffing = QStringLiteral(
            "WITH RECURSIVE own(unit_id, admin_id) AS ("
            " SELECT id, id FROM org_unit WHERE deleted_at IS NULL AND kind IN ('administration', 'company')"
            " UNION ALL SELECT c.id, o.admin_id FROM org_unit c JOIN own o ON c.parent_id = o.unit_id"
            " WHERE c.deleted_at IS NULL AND c.kind NOT IN ('administration', 'company')), "
            "line(admin_id, level, planned, filled, n) AS ("
            " SELECT unit_id, level, posts * 100, 0, 0 FROM planned_post WHERE deleted_at IS NULL"
            " UNION ALL SELECT o.admin_id, r.level, 0, a.fte_percent, 1 FROM assignment a"
            " JOIN own o ON o.unit_id = a.unit_id JOIN security_role r ON r.id = a.role_id"
            " WHERE a.deleted_at IS NULL AND r.deleted_at IS NULL AND a.start_date <= ?"
            " AND (a.end_date IS NULL OR a.end_date >= ?)) "
            "SELECT sum(l.planned), sum(l.filled), sum(l.n) FROM line l JOIN org_unit u ON u.id = l.admin_id "
            "WHERE u.deleted_at IS NULL AND l.level IN ('strategic', 'tactical', 'operational') "
            "GROUP BY l.admin_id, l.level");
        qint64 planned = 0, filled = 0, missing = 0, assignments = 0;
        for (const QVariantList& line : rows(*reg, staffing, {day, day})) {
            planned += line[0].toLongLong();
            filled += line[1].toLongLong();
            missing += std::max<qint64>(0, line[0].toLongLong() - line[1].toLongLong());
            assignments += line[2].toLongLong();
        }
        REQUIRE(planned > 0);
        const std::vector<KeyFigure> figures = keyFigures(doc);
        REQUIRE(figures.size() == 4);
        CHECK(hundredths(figures[0].value, Language::Swedish) == planned);
        CHECK(hundredths(figures[1].value, Language::Swedish) == filled);
        CHECK(hundredths(figures[2].value, Language::Swedish) == missing);
        CHECK(plain(figures[3].value) == num(assignments));
        const Table* table = tableWithColumn(doc, QStringLiteral("Förvaltning eller bolag och nivå"));
        REQUIRE(table);
        const TableRow& total = table->rows.back();
        REQUIRE(total.kind == TableRow::Kind::Total);
        CHECK(hundredths(total.cells.at(1), Language::Swedish) == planned);
        CHECK(hundredths(total.cells.at(2), Language::Swedish) == filled);
        CHECK(plain(total.cells.at(3)) == num(assignments));
        CHECK(hundredths(total.cells.at(4), Language::Swedish) == missing);
        const Table* levels = tableWithColumn(doc, QStringLiteral("Andel tillsatt"));
        REQUIRE(levels);
        CHECK(hundredths(levels->rows.back().cells.at(1), Language::Swedish) == planned);
        CHECK(hundredths(levels->rows.back().cells.at(2), Language::Swedish) == filled);

        checkBudgetTable(reg, r, doc);
        for (const Table* t : tables(doc))
            checkTotals(*t, Language::Swedish);
        checkPdfText(reg, doc, s.name + QStringLiteral("-organisation.pdf"));
    }
}

TEST_CASE("the situation report's counts are the register's incidents, risks, actions and drills",
          "[report][figures][situation]")
{
    for (Subject& s : subjects(ReportKind::Situation)) {
        INFO(s.name.toStdString());
        TestRegister& reg = *s.reg;
        const ReportRequest& r = s.request;
        const ReportDocument doc = ReportBuilder::build(*reg, r);
        const QString today = r.documentDate.toString(Qt::ISODate);

        const QString perKindSql =
            QString::fromUtf8(kScopeAndBoardSql) +
            QStringLiteral("SELECT kind, count(*) FROM incident WHERE deleted_at IS NULL "
                           "AND occurred_on BETWEEN ? AND ? AND unit_id IN (SELECT id FROM scope) "
                           "GROUP BY kind");
        auto incidents = [&](const QDate& from, const QDate& to) {
            std::map<QString, qint64> counts;
            for (const QVariantList& k :
                 rows(*reg, perKindSql,
                      {r.scopeUnitId, r.scopeUnitId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)}))
                counts[k[0].toString()] = k[1].toLongLong();
            return counts;
        };
        const std::map<QString, qint64> now = incidents(r.from, r.to);
        const std::map<QString, qint64> before = incidents(r.from.addYears(-1), r.to.addYears(-1));
        qint64 total = 0, totalBefore = 0;
        for (const auto& [kind, n] : now)
            total += n;
        for (const auto& [kind, n] : before)
            totalBefore += n;
        REQUIRE(total > 0);

        // High: the two highest levels of the current matrix.
        const QJsonObject matrix =
            QJsonDocument::fromJson(
                rows(*reg, QStringLiteral("SELECT config FROM risk_matrix WHERE deleted_at IS "
                                          "NULL ORDER BY id DESC LIMIT 1"))
                    .at(0)
                    .at(0)
                    .toString()
                    .toUtf8())
                .object();
        const qint64 levels = matrix.value(QStringLiteral("levels")).toArray().size();
        REQUIRE(levels >= 2);
        const QString scoped = QString::fromUtf8(kScopeAndBoardSql);
        const qint64 high =
            rows(*reg,
                 scoped + QStringLiteral(
                              "SELECT count(*) FROM risk WHERE deleted_at IS NULL AND status <> 'closed' "
                              "AND level >= ? AND unit_id IN (SELECT id FROM scope)"),
                 {r.scopeUnitId, r.scopeUnitId, levels - 2})
                .at(0)
                .at(0)
                .toLongLong();
        const qint64 overdue =
            rows(*reg,
                 scoped +
                     QStringLiteral(
                         "SELECT count(*) FROM action WHERE deleted_at IS NULL AND status IN "
                         "('planned', 'in_progress') AND due_date < ? AND unit_id IN (SELECT id FROM scope)"),
                 {r.scopeUnitId, r.scopeUnitId, today})
                .at(0)
                .at(0)
                .toLongLong();
        // A drill is overdue when its unit's latest of its kind should have been repeated by now.
        const qint64 drills =
            rows(*reg,
                 scoped +
                     QStringLiteral(
                         "SELECT count(*) FROM training t WHERE t.deleted_at IS NULL AND t.next_due < ? "
                         "AND t.unit_id IN (SELECT id FROM scope) AND t.id = (SELECT l.id FROM training l "
                         "WHERE l.deleted_at IS NULL AND l.unit_id = t.unit_id AND l.kind = t.kind "
                         "ORDER BY l.held_on DESC, l.id DESC LIMIT 1)"),
                 {r.scopeUnitId, r.scopeUnitId, today})
                .at(0)
                .at(0)
                .toLongLong();
        const QString where =
            rows(*reg,
                 r.scopeUnitId > 0 ? QStringLiteral("SELECT name FROM org_unit WHERE id = ?")
                                   : QStringLiteral("SELECT name FROM org_unit WHERE parent_id "
                                                    "IS NULL AND deleted_at IS NULL AND ? = 0"),
                 {r.scopeUnitId})
                .at(0)
                .at(0)
                .toString();

        const std::vector<KeyFigure> figures = keyFigures(doc);
        REQUIRE(figures.size() == 4);
        CHECK(plain(figures[0].value) == num(total));
        CHECK(figures[0].label == (total == 1 ? QStringLiteral("händelse under perioden")
                                              : QStringLiteral("händelser under perioden")));
        CHECK(plain(figures[2].value) == num(high));
        CHECK(plain(figures[3].value) == num(overdue + drills));
        const QString text = allText(doc);
        INFO(text.toStdString());
        CHECK(text.contains(
            QStringLiteral("Under perioden %1 – %2 registrerades %3 inom %4, mot %5 under samma "
                           "period året före.")
                .arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate),
                     sv(total, "%1 händelse", "%1 händelser"), where, num(totalBefore))));
        CHECK(text.contains(QStringLiteral("%1; %2 och %3.")
                                .arg(sv(high, "%1 risk bedöms som hög och är inte avslutad",
                                        "%1 risker bedöms som höga och är inte avslutade"),
                                     sv(overdue, "%1 åtgärd har passerat sitt slutdatum",
                                        "%1 åtgärder har passerat sitt slutdatum"),
                                     sv(drills, "%1 utbildning eller övning skulle ha upprepats",
                                        "%1 utbildningar eller övningar skulle ha upprepats"))));

        // Incidents per kind, this period and the year before, and their totals.
        const std::pair<const char*, const char*> kinds[] = {{"threat", "Hot"},
                                                             {"violence", "Våld"},
                                                             {"harassment", "Trakasserier"},
                                                             {"undue_influence", "Otillåten påverkan"},
                                                             {"vandalism", "Skadegörelse"},
                                                             {"near_miss", "Tillbud"},
                                                             {"other", "Övrigt"}};
        const Table* kindTable = tableWithColumn(doc, QStringLiteral("Slag av händelse"));
        REQUIRE(kindTable);
        REQUIRE(kindTable->rows.size() == std::size(kinds) + 1);
        for (std::size_t k = 0; k < std::size(kinds); ++k) {
            const TableRow& row = kindTable->rows[k];
            INFO(kinds[k].second);
            CHECK(row.cells.at(0) == QString::fromUtf8(kinds[k].second));
            const auto n = now.find(QString::fromLatin1(kinds[k].first));
            const auto b = before.find(QString::fromLatin1(kinds[k].first));
            CHECK(plain(row.cells.at(1)) == num(n == now.end() ? 0 : n->second));
            CHECK(plain(row.cells.at(2)) == num(b == before.end() ? 0 : b->second));
        }
        CHECK(plain(kindTable->rows.back().cells.at(1)) == num(total));
        CHECK(plain(kindTable->rows.back().cells.at(2)) == num(totalBefore));
        if (const Table* perUnit = tableWithColumn(doc, QStringLiteral("Övriga"));
            perUnit && perUnit->rows.size() > 1)
            CHECK(plain(perUnit->rows.back().cells.back()) == num(total));
        // The risk map counts every risk in scope, closed ones too, as its title says.
        const qint64 risks = rows(*reg,
                                  scoped + QStringLiteral("SELECT count(*) FROM risk WHERE deleted_at IS "
                                                          "NULL AND unit_id IN (SELECT id FROM scope)"),
                                  {r.scopeUnitId, r.scopeUnitId})
                                 .at(0)
                                 .at(0)
                                 .toLongLong();
        qint64 mapped = 0;
        for (const Block& b : doc.blocks)
            if (const auto* heat = std::get_if<HeatMapChart>(&b)) {
                CHECK(heat->title.contains(QStringLiteral("alla risker, också avslutade")));
                for (const int n : heat->counts)
                    mapped += n;
            }
        CHECK(mapped == risks);
        const Table* late = tableWithColumn(doc, QStringLiteral("Dagar över"));
        const qint64 listed = late ? qint64(late->rows.size()) : 0;
        CHECK(listed == std::min<qint64>(overdue, 60));
        for (const Table* t : tables(doc))
            checkTotals(*t, Language::Swedish);
        checkPdfText(reg, doc, s.name + QStringLiteral("-situation.pdf"));
    }
}

TEST_CASE("the self-assessment's key figures count the answers its tables give",
          "[report][figures][assessment]")
{
    for (Subject& s : subjects(ReportKind::Assessment)) {
        INFO(s.name.toStdString());
        TestRegister& reg = *s.reg;
        const ReportRequest& r = s.request;
        const ReportDocument doc = ReportBuilder::build(*reg, r);

        // Workplaces: units and departments in scope with no live unit or department below them.
        const qint64 workplaces =
            rows(*reg,
                 QString::fromUtf8(kScopeAndBoardSql) +
                     QStringLiteral(
                         "SELECT count(*) FROM org_unit u WHERE u.deleted_at IS NULL AND u.kind IN "
                         "('unit', 'department') AND u.id IN (SELECT id FROM scope) AND NOT EXISTS "
                         "(SELECT 1 FROM org_unit c WHERE c.parent_id = u.id AND c.deleted_at IS NULL "
                         "AND c.kind IN ('unit', 'department'))"),
                 {r.scopeUnitId, r.scopeUnitId})
                .at(0)
                .at(0)
                .toLongLong();
        REQUIRE(workplaces > 1);
        const QString text = allText(doc);
        CHECK(text.contains(QStringLiteral("%1 är bedömda, sammanvägda per nämnd.")
                                .arg(sv(workplaces, "%1 arbetsplats", "%1 arbetsplatser"))));

        // The answers in the tables, one per question and board.
        std::map<QString, qint64> answers;
        int groups = 0;
        for (const Table* t : tables(doc)) {
            if (t->columns.size() != 4 || t->columns[2].header != QStringLiteral("Motivering"))
                continue;
            ++groups;
            for (const TableRow& row : t->rows)
                ++answers[row.cells.at(1).section(QLatin1Char('\n'), 0, 0)];
        }
        const qint64 boards =
            rows(*reg,
                 QStringLiteral("SELECT count(*) FROM org_unit WHERE kind = 'board' AND deleted_at IS NULL"))
                .at(0)
                .at(0)
                .toLongLong();
        CHECK(groups <= boards);
        REQUIRE(groups > 0);
        const std::vector<KeyFigure> figures = keyFigures(doc);
        REQUIRE(figures.size() == 4);
        CHECK(plain(figures[0].value) == num(answers[QStringLiteral("Ja")]));
        CHECK(plain(figures[1].value) == num(answers[QStringLiteral("I huvudsak")]));
        CHECK(plain(figures[2].value) == num(answers[QStringLiteral("Delvis")]));
        CHECK(plain(figures[3].value) == num(answers[QStringLiteral("Nej")]));
        checkPdfText(reg, doc, s.name + QStringLiteral("-assessment.pdf"));
    }
}
