// How the reports sit on their pages: the signatures never alone on a page, and words broken only
// where they may be.
#include "ReportModelSupport.h"
#include "ReportTestSupport.h"
#include "TestRegister.h"
#include "report/FontSet.h"
#include "report/ReportBuilder.h"
#include "report/ReportLayout.h"
#include "report/ReportWriter.h"
#include "report/TableGeometry.h"

#include <catch2/catch.hpp>

using namespace sakra;
using namespace sakra::report;
using namespace reportcheck;

namespace {

constexpr ReportKind kKinds[] = {ReportKind::Measures, ReportKind::Annual, ReportKind::Organisation,
                                 ReportKind::Situation, ReportKind::Assessment};

const Signatures* signaturesOf(const ReportDocument& doc)
{
    for (const Block& b : doc.blocks)
        if (const auto* s = std::get_if<Signatures>(&b))
            return s;
    return nullptr;
}

// The lines of each PDF page besides its running head and foot and the signature block; a page
// holding only the signatures has none.
void checkNoPageOfSignaturesAlone(const PdfFacts& pdf, const ReportDocument& doc)
{
    const Signatures* signatures = signaturesOf(doc);
    REQUIRE(signatures);
    REQUIRE_FALSE(signatures->people.empty());
    QStringList block{signatures->place};
    for (const Signature& p : signatures->people)
        block << p.name << p.title;
    bool seen = false;
    const int n = int(pdf.pages.size());
    for (int i = 0; i < n; ++i) {
        const QString page = pdf.pages.at(i);
        if (!page.contains(signatures->people.front().name))
            continue;
        seen = true;
        QStringList rest;
        for (const QString& line : page.split(QLatin1Char('\n'))) {
            const QString l = line.trimmed();
            if (l.isEmpty() || block.contains(l) || runningHead(l, doc) || l == doc.title.organisation ||
                l == doc.title.issuer || l == doc.documentDate.toString(Qt::ISODate) ||
                l == QStringLiteral("Sida %1 av %2").arg(i + 1).arg(n))
                continue;
            rest << l;
        }
        INFO("page " << i + 1 << " of " << n);
        CHECK_FALSE(rest.isEmpty());
    }
    CHECK(seen);
}

// On the laid-out pages: the page with the first signatory's name holds some text of the document
// that is not the signature block.
bool signaturesAlone(const ReportDocument& doc)
{
    const Signatures* signatures = signaturesOf(doc);
    QStringList block{signatures->place};
    for (const Signature& p : signatures->people)
        block << p.name << p.title;
    const ReportLayout layout(doc);
    for (const LaidOutPage& page : layout.pages()) {
        bool holds = false, other = false;
        for (const TextItem& t : page.texts) {
            holds = holds || t.text == signatures->people.front().name;
            other = other || !block.contains(t.text);
        }
        if (holds)
            return !other;
    }
    return true; // not placed at all
}

// A heading as the last text of a page, its section on the next.
bool headingLeftAlone(const ReportDocument& doc)
{
    const ReportLayout layout(doc);
    for (const LaidOutPage& page : layout.pages()) {
        if (page.texts.empty())
            continue;
        const Style last = page.texts.back().style;
        if (last == Style::H1 || last == Style::H2 || last == Style::H3)
            return true;
    }
    return false;
}

ReportDocument fillerDocument(int lines, const std::vector<Block>& last)
{
    ReportDocument doc;
    doc.title.organisation = QStringLiteral("Provkommun");
    doc.title.title = QStringLiteral("Underskrifter");
    doc.documentDate = QDate(2026, 5, 20);
    doc.add(Heading{1, QStringLiteral("Föredragning")});
    for (int i = 0; i < lines; ++i)
        doc.add(Paragraph{QStringLiteral("Rad %1 av texten före underskrifterna.").arg(i + 1)});
    doc.blocks.insert(doc.blocks.end(), last.begin(), last.end());
    doc.add(Signatures{QStringLiteral("Arbetsmarknadsförvaltningen"),
                       {{QStringLiteral("Helena Clementson"), QStringLiteral("Förvaltningsdirektör")},
                        {QStringLiteral("Eva Hellstrand"), QStringLiteral("Säkerhetssamordnare")}}});
    return doc;
}

} // namespace

TEST_CASE("the signatures share their page with the text before them wherever the page ends",
          "[report][layout][signatures]")
{
    Table table;
    table.columns = {{QStringLiteral("Åtgärd"), 3}, {QStringLiteral("Kostnad"), 1, true}};
    for (int i = 0; i < 12; ++i)
        table.rows.push_back({{QStringLiteral("Åtgärd %1").arg(i), QStringLiteral("1 000 kr")}});
    table.rows.push_back({{QStringLiteral("Summa"), QStringLiteral("12 000 kr")}, TableRow::Kind::Total});
    Table shortTable = table;
    shortTable.rows.erase(shortTable.rows.begin() + 2, shortTable.rows.end() - 1);
    const Paragraph note{
        QStringLiteral("Kvar av ramen är budgetramen minus den beräknade kostnaden för de åtgärder "
                       "som ryms inom ramen. ")
            .repeated(3),
        false, true};
    const std::pair<const char*, std::vector<Block>> endings[] = {
        {"a list",
         {BulletList{{QStringLiteral("Tjänsteskrivelse daterad 20 maj 2026"),
                      QStringLiteral("Bilaga 1 Redovisning av åtgärder")}}}},
        {"a long paragraph",
         {Paragraph{QString(QStringLiteral("Ett långt stycke med många ord. ")).repeated(40)}}},
        {"a table", {table}},
        {"a short table", {shortTable}},
        {"a heading, a short table and its note",
         {Heading{1, QStringLiteral("Budget per nämnd")}, shortTable, note}},
        {"a heading, a paragraph and a list",
         {Heading{1, QStringLiteral("Beslutsunderlag")}, Paragraph{QStringLiteral("Underlaget är:")},
          BulletList{{QStringLiteral("Tjänsteskrivelse"), QStringLiteral("Bilaga 1")}}}},
    };
    // Every length of text, so that the page ends at every place before, in and after the last blocks.
    for (const auto& [name, last] : endings)
        for (int lines = 0; lines < 75; ++lines) {
            INFO(name << ", " << lines << " lines before it");
            const ReportDocument doc = fillerDocument(lines, last);
            CHECK_FALSE(signaturesAlone(doc));
            CHECK_FALSE(headingLeftAlone(doc));
        }
}

TEST_CASE("no page of any report holds only the signatures or ends in a heading",
          "[report][layout][signatures]")
{
    for (const ReportKind kind : kKinds)
        for (Subject& s : subjects(kind)) {
            const QString name = s.name + QLatin1Char('-') + kReportKinds.code(kind) + QStringLiteral(".pdf");
            INFO(name.toStdString());
            const ReportDocument doc = ReportBuilder::build(**s.reg, s.request);
            REQUIRE(ReportWriter::writePdf(doc, s.reg->file(name)).written);
            checkNoPageOfSignaturesAlone(readPdf(s.reg->file(name)), doc);
            CHECK_FALSE(headingLeftAlone(doc));
        }
}

TEST_CASE("words in narrow columns stay whole", "[report][layout][hyphenation]")
{
    TestRegister reg(true);
    ReportRequest r;
    r.kind = ReportKind::Measures;
    r.from = QDate(2026, 1, 1);
    r.to = QDate(2026, 12, 31);
    r.documentDate = QDate(2026, 5, 20);
    const ReportDocument doc = ReportBuilder::build(*reg, r);
    const QString path = reg.file(QStringLiteral("measures.pdf"));
    REQUIRE(ReportWriter::writePdf(doc, path).written);
    const QString text = readPdf(path).all();
    // The review's three: whole in the PDF's text, never cut with a hyphen of our making.
    for (const char* word : {"Kriskommunikation", "passersystem", "Integritetsskyddsmyndigheten"}) {
        INFO(word);
        CHECK(text.contains(QString::fromUtf8(word)));
    }
    for (const char* piece : {"Kriskommun-", "Kriskommunika-", "passersyste-", "passer-",
                              "Integritetsskyddsmyndighet-", "Integritets-"}) {
        INFO(piece);
        CHECK_FALSE(text.contains(QString::fromUtf8(piece)));
    }

    // Every cell of every report's tables: its lines hold its words and nothing more (a line may
    // end after a compound's own hyphen, never in a hyphen the layout adds).
    FontSet fonts;
    for (const ReportKind kind : kKinds) {
        r.kind = kind;
        const ReportDocument built = ReportBuilder::build(*reg, r);
        for (const Table* t : tables(built)) {
            const TableGeometry g(fonts, *t, ReportLayout::kLeft, ReportLayout::kRight);
            for (std::size_t i = 0; i < t->rows.size(); ++i)
                for (std::size_t c = 0; c < g.rows()[i].cells.size(); ++c) {
                    const QStringList lines = g.rows()[i].cells[c];
                    if (!lines.isEmpty() && lines.last().endsWith(QChar(0x2026)))
                        continue; // cut short on purpose: too many lines
                    QString printed = lines.join(QString()), written = t->rows[i].cells.value(qsizetype(c));
                    printed.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
                    written.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
                    INFO(kReportKinds.code(kind).toStdString()
                         << ": " << t->rows[i].cells.value(qsizetype(c)).toStdString());
                    CHECK(printed == written);
                }
        }
    }
}

TEST_CASE("a column is widened for its longest word, and a word wider than any column takes the smaller type",
          "[report][layout][hyphenation]")
{
    FontSet fonts;
    Table t;
    t.columns = {
        {QStringLiteral("Åtgärd"), 6}, {QStringLiteral("Typ"), 0.5}, {QStringLiteral("Kostnad"), 1, true}};
    t.rows.push_back({{QStringLiteral("Tillstånd för kameraövervakning"), QStringLiteral("Kriskommunikation"),
                       QStringLiteral("60 000 kr")}});
    t.rows.push_back({{QStringLiteral("Svar från Integritetsskyddsmyndigheten"),
                       QStringLiteral("Lås och passersystem"), QStringLiteral("1 120 000 kr")}});
    const TableGeometry g(fonts, t, ReportLayout::kLeft, ReportLayout::kRight);
    // The type column's weight gives it far less than "Kriskommunikation" needs; it gets its width.
    CHECK(g.rows()[0].cells[1] == QStringList{QStringLiteral("Kriskommunikation")});
    CHECK(g.rows()[0].styles[1] == Style::Cell);
    CHECK(g.rows()[1].cells[1].join(QLatin1Char(' ')) == QStringLiteral("Lås och passersystem"));
    CHECK(
        g.rows()[1].cells[0].join(QLatin1Char(' ')).contains(QStringLiteral("Integritetsskyddsmyndigheten")));
    CHECK(g.edges().front() == ReportLayout::kLeft);
    CHECK(g.edges().back() == ReportLayout::kRight);

    // Long words in many columns, more than the width holds side by side: the widest take the
    // smaller type and every word stays whole.
    Table wide;
    const QStringList words = {QStringLiteral("Integritetsskyddsmyndigheten"),
                               QStringLiteral("Integritetsskyddsmyndigheten"),
                               QStringLiteral("Kriskommunikation"),
                               QStringLiteral("Kriskommunikation"),
                               QStringLiteral("passersystem"),
                               QStringLiteral("kort")};
    for (int c = 0; c < words.size(); ++c)
        wide.columns.push_back({QStringLiteral("K%1").arg(c), 1});
    wide.rows.push_back({words});
    qreal together = 0;
    for (const QString& w : words)
        together += fonts.width(Style::Cell, w);
    REQUIRE(together > ReportLayout::contentWidth() * 0.9);
    const TableGeometry narrow(fonts, wide, ReportLayout::kLeft, ReportLayout::kRight);
    for (int c = 0; c < words.size(); ++c) {
        INFO(c);
        CHECK(narrow.rows()[0].cells[std::size_t(c)] == QStringList{words.at(c)});
    }
    CHECK(narrow.rows()[0].styles[0] == Style::CellSmall);
    CHECK(narrow.rows()[0].styles[5] == Style::Cell);
}

TEST_CASE("a word wider than its line breaks at a soft hyphen or a compound's hyphen, not in a date",
          "[report][layout][hyphenation]")
{
    FontSet fonts;
    const QString soft = QStringLiteral("Integritets\u00ADskydds\u00ADmyndigheten");
    const qreal width = fonts.width(Style::Cell, QStringLiteral("Integritetsskydds-")) + 1;
    const QStringList lines = fonts.wrap(Style::Cell, soft, width);
    CHECK(lines == QStringList({QStringLiteral("Integritetsskydds-"), QStringLiteral("myndigheten")}));
    // Where it fits, the soft hyphens are not seen.
    CHECK(fonts.wrap(Style::Cell, soft, pt(400)) ==
          QStringList{QStringLiteral("Integritetsskyddsmyndigheten")});
    CHECK(fonts.widestWord(Style::Cell, soft) <
          fonts.width(Style::Cell, QStringLiteral("Integritetsskyddsmyndigheten")));
    // A compound's own hyphen is a place to break; a date's is not.
    CHECK(fonts.widestWord(Style::Cell, QStringLiteral("Socialtjänst-ekonomiskt")) <
          fonts.width(Style::Cell, QStringLiteral("Socialtjänst-ekonomiskt")));
    CHECK(fonts.widestWord(Style::Cell, QStringLiteral("2026-02-28")) ==
          fonts.width(Style::Cell, QStringLiteral("2026-02-28")));
    CHECK(fonts.fitting(Style::Cell, QStringLiteral("2026-02-28"),
                        fonts.width(Style::Cell, QStringLiteral("2026-02-28"))) == Style::Cell);
}

TEST_CASE("a long title gives way to the municipality's name in the running head", "[report][layout]")
{
    ReportDocument doc;
    doc.title.organisation = QStringLiteral("Lindvalla kommun");
    doc.title.title =
        QStringLiteral("Egenkontroll av arbetet mot hot, våld och trakasserier inom Integrations- och "
                       "arbetsmarknadsförvaltningen");
    doc.footerText = doc.title.title;
    doc.documentDate = QDate(2026, 5, 20);
    doc.add(Paragraph{QStringLiteral("Första sidan.")});
    doc.add(PageBreak{});
    doc.add(Paragraph{QStringLiteral("Andra sidan.")});
    TestRegister reg; // only for its temporary folder
    const QString path = reg.file(QStringLiteral("head.pdf"));
    REQUIRE(ReportWriter::writePdf(doc, path).written);
    const PdfFacts pdf = readPdf(path);
    REQUIRE(pdf.pages.size() == 2);
    QStringList lines = pdf.pages.at(1).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString& l : lines)
        l = l.trimmed();
    // The name cut short, and the municipality's name a text of its own, not run into it.
    CHECK(lines.contains(QStringLiteral("Lindvalla kommun")));
    const auto head = std::find_if(lines.begin(), lines.end(), [](const QString& l) {
        return l.startsWith(QStringLiteral("Egenkontroll av"));
    });
    REQUIRE(head != lines.end());
    CHECK(head->endsWith(QChar(0x2026)));
    CHECK_FALSE(head->contains(QStringLiteral("kommun")));
    CHECK(runningHead(*head, doc));
}
