#include "ReportModelSupport.h"

#include "Register.h"
#include "ReportTestSupport.h"
#include "TestRegister.h"
#include "exchange/Generator.h"
#include "report/ReportWriter.h"
#include "storage/Query.h"

#include <QSqlRecord>
#include <catch2/catch.hpp>

using namespace sakra::report;

namespace reportcheck {

const char* const kScopeAndBoardSql =
    "WITH RECURSIVE scope(id) AS ("
    " SELECT id FROM org_unit WHERE deleted_at IS NULL AND ((? = 0 AND parent_id IS NULL) OR id = ?)"
    " UNION ALL SELECT c.id FROM org_unit c JOIN scope s ON c.parent_id = s.id WHERE c.deleted_at IS NULL),"
    " owner(unit_id, board_id) AS ("
    " SELECT id, CASE kind WHEN 'board' THEN id ELSE board_id END FROM org_unit"
    " WHERE deleted_at IS NULL AND kind IN ('board', 'administration', 'company')"
    " UNION ALL SELECT c.id, o.board_id FROM org_unit c JOIN owner o ON c.parent_id = o.unit_id"
    " WHERE c.deleted_at IS NULL AND c.kind NOT IN ('board', 'administration', 'company')) ";

QString plain(const QString& text)
{
    return QString(text).replace(QChar(0x00A0), QLatin1Char(' '));
}

std::optional<qint64> hundredths(const QString& cell, Language language)
{
    QString s = plain(cell).trimmed();
    if (s == QStringLiteral("–") || s.isEmpty())
        return 0;
    s.remove(QStringLiteral("kr")).remove(QStringLiteral("SEK")).remove(QLatin1Char(' '));
    if (language == Language::English)
        s.remove(QLatin1Char(','));
    else
        s.replace(QLatin1Char(','), QLatin1Char('.'));
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    QString whole = dot < 0 ? s : s.left(dot);
    QString frac = dot < 0 ? QString() : s.mid(dot + 1);
    if (frac.size() > 2)
        return std::nullopt;
    frac = frac.leftJustified(2, QLatin1Char('0'));
    bool okWhole = false, okFrac = false;
    const qint64 w = whole.toLongLong(&okWhole);
    const qint64 f = frac.toLongLong(&okFrac);
    if (!okWhole || !okFrac || whole.startsWith(QLatin1Char('+')))
        return std::nullopt;
    return w * 100 + (w < 0 || whole.startsWith(QLatin1Char('-')) ? -f : f);
}

std::vector<const Table*> tables(const ReportDocument& doc)
{
    std::vector<const Table*> out;
    for (const Block& b : doc.blocks)
        if (const auto* t = std::get_if<Table>(&b))
            out.push_back(t);
    return out;
}

const Table* tableWithColumn(const ReportDocument& doc, const QString& header)
{
    for (const Table* t : tables(doc))
        for (const TableColumn& c : t->columns)
            if (c.header == header)
                return t;
    return nullptr;
}

std::vector<KeyFigure> keyFigures(const ReportDocument& doc)
{
    std::vector<KeyFigure> out;
    for (const Block& b : doc.blocks)
        if (const auto* k = std::get_if<KeyFigures>(&b))
            out.insert(out.end(), k->figures.begin(), k->figures.end());
    return out;
}

QStringList texts(const ReportDocument& doc)
{
    QStringList out;
    for (const Block& b : doc.blocks) {
        if (const auto* h = std::get_if<Heading>(&b))
            out << h->text;
        else if (const auto* p = std::get_if<Paragraph>(&b))
            out << p->text;
        else if (const auto* l = std::get_if<BulletList>(&b))
            out << l->items;
        else if (const auto* k = std::get_if<KeyFigures>(&b))
            for (const KeyFigure& f : k->figures)
                out << f.value + QLatin1Char(' ') + f.label;
        else if (const auto* t = std::get_if<Table>(&b))
            for (const TableRow& r : t->rows)
                out << r.cells;
    }
    for (QString& s : out)
        s = plain(s).simplified();
    return out;
}

QString allText(const ReportDocument& doc)
{
    return texts(doc).join(QLatin1Char(' '));
}

void checkTotals(const Table& table, Language language)
{
    const std::size_t n = table.columns.size();
    std::vector<qint64> all(n, 0), group(n, 0);
    std::vector<bool> plainColumn(n, true);
    for (const TableRow& row : table.rows)
        for (std::size_t c = 0; c < n; ++c)
            if (table.columns[c].numeric && !hundredths(row.cells.value(qsizetype(c)), language))
                plainColumn[c] = false;
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const TableRow& row = table.rows[i];
        if (row.kind == TableRow::Kind::Group) {
            std::fill(group.begin(), group.end(), 0);
            continue;
        }
        const bool last = i + 1 == table.rows.size();
        for (std::size_t c = 0; c < n; ++c) {
            if (!table.columns[c].numeric || !plainColumn[c])
                continue;
            const QString cell = row.cells.value(qsizetype(c));
            const qint64 value = *hundredths(cell, language);
            if (row.kind == TableRow::Kind::Normal) {
                all[c] += value;
                group[c] += value;
            } else if (!cell.isEmpty()) {
                INFO("table " << table.columns.front().header.toStdString() << ", total row \""
                              << row.cells.value(0).toStdString() << "\", column "
                              << table.columns[c].header.toStdString());
                CHECK(value == (last ? all[c] : group[c]));
            }
        }
        if (row.kind == TableRow::Kind::Total)
            std::fill(group.begin(), group.end(), 0);
    }
}

std::vector<QVariantList> rows(sakra::Register& reg, const QString& sql, const QVariantList& values)
{
    sakra::Query q(reg.database(), sql);
    for (const QVariant& v : values)
        q.bind(v);
    q.exec();
    std::vector<QVariantList> out;
    const int columns = q.raw().record().count();
    while (q.next()) {
        QVariantList row;
        for (int c = 0; c < columns; ++c)
            row << q.value(c);
        out.push_back(row);
    }
    return out;
}

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
        sakra::Generator::generate(**generated.reg, sakra::Generator::Scale::Small);
        const QDate today = QDate::currentDate();
        generated.request.kind = kind;
        generated.request.from = QDate(today.year(), 1, 1);
        generated.request.to = QDate(today.year(), 12, 31);
        generated.request.documentDate = today;
        out.push_back(std::move(generated));
    }
    return out;
}

bool runningHead(const QString& line, const ReportDocument& doc)
{
    return line == doc.footerText ||
           (line.endsWith(QChar(0x2026)) && doc.footerText.startsWith(line.chopped(1).trimmed()));
}

QString pdfBody(const PdfFacts& pdf, const ReportDocument& doc)
{
    QStringList kept;
    const int n = int(pdf.pages.size());
    for (int i = 0; i < n; ++i)
        for (const QString& line : pdf.pages.at(i).split(QLatin1Char('\n'))) {
            const QString l = line.trimmed();
            if (runningHead(l, doc) || l == doc.title.organisation || l == doc.title.issuer ||
                l == doc.documentDate.toString(Qt::ISODate) ||
                l == QStringLiteral("Sida %1 av %2").arg(i + 1).arg(n) ||
                l == QStringLiteral("Page %1 of %2").arg(i + 1).arg(n))
                continue;
            kept << l;
        }
    return kept.join(QLatin1Char(' ')).simplified();
}

void checkPdfText(TestRegister& reg, const ReportDocument& doc, const QString& name)
{
    const QString path = reg.file(name);
    REQUIRE(sakra::report::ReportWriter::writePdf(doc, path).written);
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

} // namespace reportcheck
