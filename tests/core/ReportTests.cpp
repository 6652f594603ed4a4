#include "CommandLine.h"
#include "ReportTestSupport.h"
#include "TestRegister.h"
#include "report/ReportBuilder.h"
#include "report/ReportLayout.h"
#include "report/ReportText.h"
#include "report/ReportWriter.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <catch2/catch.hpp>
#include <thread>

using namespace sakra;
using namespace sakra::report;

namespace {

ReportRequest request(ReportKind kind, qint64 scope, Language language = Language::Swedish)
{
    ReportRequest r;
    r.kind = kind;
    r.scopeUnitId = scope;
    r.from = QDate(2025, 1, 1);
    r.to = QDate(2025, 12, 31);
    r.documentDate = QDate(2025, 11, 20);
    r.language = language;
    return r;
}

PdfFacts write(TestRegister& reg, const ReportRequest& r, const QString& name)
{
    const QString path = reg.file(name);
    const ReportWriter::Result result = ReportWriter::writePdf(*reg, r, path);
    REQUIRE(result.written);
    PdfFacts facts = readPdf(path);
    REQUIRE(facts.pages.size() == result.pages);
    return facts;
}

// Every page numbered "Sida i av n" (or the English), the fonts embedded, PDF/A-1b declared.
void checkFrame(const PdfFacts& pdf, Language language)
{
    const int n = int(pdf.pages.size());
    for (int i = 0; i < n; ++i) {
        const QString number = language == Language::English
                                   ? QStringLiteral("Page %1 of %2").arg(i + 1).arg(n)
                                   : QStringLiteral("Sida %1 av %2").arg(i + 1).arg(n);
        INFO(number.toStdString());
        CHECK(pdf.pages.at(i).contains(number));
    }
    REQUIRE(!pdf.fontLines.isEmpty());
    for (const QString& line : pdf.fontLines) {
        INFO(line.toStdString());
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(cols.size() >= 6);
        CHECK(cols.at(cols.size() - 5) == QLatin1String("yes")); // emb
    }
    // The XMP packet names the part and conformance, as attributes or as elements.
    const QString xmp = QString::fromLatin1(pdf.bytes);
    CHECK(xmp.contains(QRegularExpression(QStringLiteral("pdfaid:part(=\"|>)1"))));
    CHECK(xmp.contains(QRegularExpression(QStringLiteral("pdfaid:conformance(=\"|>)B"))));
}

} // namespace

TEST_CASE("wrapped lines keep every word and never run wider than asked", "[report][layout]")
{
    FontSet fonts;
    const QString text =
        QStringLiteral("Utbildning i pågående dödligt våld för nyanställda och de som inte gått den digitala "
                       "utbildningen, Socialtjänst-ekonomiskt-bistånd-Kvarngatan och "
                       "Integrationsocharbetsmarknadsförvaltningensmycketlångaord");
    for (const qreal width : {pt(40), pt(80), pt(200)}) {
        const QStringList lines = fonts.wrap(Style::Cell, text, width);
        for (const QString& line : lines) {
            INFO(line.toStdString());
            CHECK(fonts.width(Style::Cell, line) <= width + 0.01);
        }
        // Every letter in order; breaks inside a word add a hyphen.
        QString joined = lines.join(QString());
        joined.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
        CHECK(joined == QString(text).remove(QLatin1Char(' ')).remove(QLatin1Char('-')));
    }
    const QStringList limited = fonts.wrap(Style::Cell, text, pt(80), 3);
    CHECK(limited.size() == 3);
    CHECK(limited.last().endsWith(QChar(0x2026)));
    CHECK(fonts.wrap(Style::Cell, QStringLiteral("kort"), pt(80)) == QStringList{QStringLiteral("kort")});
}

TEST_CASE("a long table breaks across pages with its header on every page", "[report][layout]")
{
    ReportDocument doc;
    doc.title.organisation = QStringLiteral("Provkommun");
    doc.title.title = QStringLiteral("Lång tabell");
    doc.documentDate = QDate(2025, 5, 20);
    doc.classification = QStringLiteral("Begränsad spridning");
    Table table;
    table.columns = {{QStringLiteral("Rubrikkolumn"), 3}, {QStringLiteral("Belopp"), 1, true}};
    for (int i = 0; i < 400; ++i) {
        if (i % 50 == 0)
            table.rows.push_back({{QStringLiteral("Grupp %1").arg(i / 50)}, TableRow::Kind::Group});
        table.rows.push_back(
            {{QStringLiteral("Rad %1 med en text som är lagom lång").arg(i), QString::number(i)}});
    }
    doc.add(std::move(table));
    TestRegister reg; // only for its temporary folder
    const QString path = reg.file(QStringLiteral("long.pdf"));
    REQUIRE(ReportWriter::writePdf(doc, path).written);
    const PdfFacts pdf = readPdf(path);
    REQUIRE(pdf.pages.size() >= 5);
    checkFrame(pdf, Language::Swedish);
    for (const QString& page : pdf.pages) {
        CHECK(page.contains(QStringLiteral("Rubrikkolumn")));
        CHECK(page.contains(QStringLiteral("Begränsad spridning")));
    }
    // Every row once, in order; a group row never ends a page.
    const QString all = pdf.all();
    qsizetype at = 0;
    for (int i = 0; i < 400; ++i) {
        const qsizetype found = all.indexOf(QStringLiteral("Rad %1 med").arg(i), at);
        REQUIRE(found >= 0);
        at = found;
    }
    for (const QString& page : pdf.pages) {
        const QStringList lines = page.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (int i = int(lines.size()) - 1; i >= 0; --i) {
            if (lines.at(i).startsWith(QLatin1String("Rad ")) ||
                lines.at(i).startsWith(QLatin1String("Grupp "))) {
                CHECK_FALSE(lines.at(i).startsWith(QLatin1String("Grupp ")));
                break;
            }
        }
    }
}

TEST_CASE("measures report for an administration reads like the officer's report", "[report][measures]")
{
    TestRegister reg(true);
    const qint64 admin =
        reg->units().idsNamed(QStringLiteral("Integrations- och arbetsmarknadsförvaltningen")).value(0);
    ReportRequest r = request(ReportKind::Measures, admin);
    r.registrationNumber = QStringLiteral("AMN-2025-0142");
    const PdfFacts pdf = write(reg, r, QStringLiteral("measures.pdf"));
    checkFrame(pdf, Language::Swedish);
    const QString text = pdf.all();
    for (const char* heading : {"TJÄNSTESKRIVELSE", "Förslag till beslut", "Ärendet", "Beredning",
                                "Föredragning", "Ekonomiska konsekvenser", "Beslutsunderlag", "Bilaga 1"})
        CHECK(text.contains(QString::fromUtf8(heading)));
    CHECK(text.contains(QStringLiteral("AMN-2025-0142")));
    CHECK(text.contains(QStringLiteral("Arbetsmarknadsnämnden beslutar")));
    CHECK(text.contains(QStringLiteral("att lägga informationen till handlingarna")));
    CHECK(text.contains(QStringLiteral("Eva Granlund")));
    CHECK(text.contains(QStringLiteral("Förvaltningsdirektör")));
    // Appendix: departments as groups, actions with their latest note.
    CHECK(text.contains(QStringLiteral("Avdelningen Vuxenutbildning")));
    CHECK(text.contains(QStringLiteral("Väktarrond mellan")));
    CHECK(text.contains(QStringLiteral("Utreder vad")));
    CHECK(text.contains(QStringLiteral("lokalspecifika")));

    // The cost the text gives is the sum of the appendix: the estimate of every action listed (alive
    // during the period, or with its cost in the period's year), nothing for cancelled ones.
    ActionQuery q;
    q.scopeUnitId = admin;
    qint64 sum = 0;
    int rows = 0;
    for (const ActionRow& row : reg->actions().list(q)) {
        const Action& a = row.action;
        const bool inYear = a.costYear() == r.from.year();
        if (!inYear && ((a.status == Action::Status::Done && a.doneDate < r.from) ||
                        (a.status == Action::Status::Cancelled && a.statusChangedOn < r.from)))
            continue;
        ++rows;
        sum += a.status == Action::Status::Cancelled ? 0 : a.estimatedCostKr;
    }
    REQUIRE(rows > 5);
    const QString total = ReportText(Language::Swedish).money(sum).replace(QChar(0x00A0), QLatin1Char(' '));
    INFO(total.toStdString());
    const QString flat = text.simplified();
    CHECK(flat.contains(QStringLiteral("Den beräknade kostnaden för åtgärderna i bilaga 1 är ") + total));
    CHECK(flat.contains(QStringLiteral("Av %1 åtgärder är").arg(rows)));
}

TEST_CASE("measures report in English from the same template", "[report][measures][english]")
{
    TestRegister reg(true);
    const qint64 board = reg->units().idsNamed(QStringLiteral("Arbetsmarknadsnämnden")).value(0);
    const PdfFacts pdf =
        write(reg, request(ReportKind::Measures, board, Language::English), QStringLiteral("en.pdf"));
    checkFrame(pdf, Language::English);
    const QString text = pdf.all();
    for (const char* heading :
         {"OFFICER'S REPORT", "Proposed decision", "The matter", "Preparation", "Presentation",
          "Economic consequences", "Basis for decision", "Appendix 1", "Latest follow-up"})
        CHECK(text.contains(QString::fromUtf8(heading)));
    CHECK(text.contains(QStringLiteral("Arbetsmarknadsnämnden decides")));
    CHECK_FALSE(text.contains(QStringLiteral("Förslag till beslut")));
    CHECK(ReportText::missingEnglish() == QStringList());
}

TEST_CASE("a scope without actions gives a short document that says so", "[report][measures][empty]")
{
    TestRegister reg(true);
    const qint64 admin = reg->units().idsNamed(QStringLiteral("Kultur- och fritidsförvaltningen")).value(0);
    const qint64 fresh = reg.unit(UnitKind::Department, QStringLiteral("Avdelningen Nybildad"), admin);
    const PdfFacts pdf = write(reg, request(ReportKind::Measures, fresh), QStringLiteral("empty.pdf"));
    checkFrame(pdf, Language::Swedish);
    CHECK(pdf.pages.size() <= 3);
    const QString text = pdf.all();
    CHECK(text.contains(
        QStringLiteral("Inga åtgärder i säkerhetsarbetet är registrerade för Avdelningen Nybildad")));
    CHECK(text.contains(QStringLiteral("Inga åtgärder att redovisa för perioden.")));
    CHECK(text.contains(QStringLiteral("Ärendet har inga ekonomiska konsekvenser.")));
}

TEST_CASE("an unknown scope or a backwards period is refused with a clear message", "[report][errors]")
{
    TestRegister reg(true);
    try {
        ReportBuilder::build(*reg, request(ReportKind::Measures, 987654));
        FAIL("unknown scope accepted");
    } catch (const ValidationError& e) {
        CHECK(e.field() == QLatin1String("scope_id"));
        CHECK(e.message().contains(QStringLiteral("987654")));
    }
    ReportRequest backwards = request(ReportKind::Measures, 0);
    backwards.to = QDate(2024, 12, 31);
    try {
        ReportBuilder::build(*reg, backwards);
        FAIL("backwards period accepted");
    } catch (const ValidationError& e) {
        CHECK(e.field() == QLatin1String("period_to"));
    }
}

TEST_CASE("a cancelled report leaves no file behind", "[report][cancel]")
{
    TestRegister reg(true);
    const QString path = reg.file(QStringLiteral("cancelled.pdf"));
    std::atomic_bool cancel{true};
    const auto result = ReportWriter::writePdf(*reg, request(ReportKind::Measures, 0), path, {}, &cancel);
    CHECK_FALSE(result.written);
    CHECK_FALSE(QFileInfo::exists(path));

    std::atomic_bool later{false};
    int calls = 0;
    const auto partial = ReportWriter::writePdf(
        *reg, request(ReportKind::Measures, 0), path,
        [&](int done, int total) {
            ++calls;
            CHECK(done <= total);
            later = true; // cancel after the first page
        },
        &later);
    CHECK_FALSE(partial.written);
    CHECK(calls == 1);
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("sakra-cli report writes an owner-only PDF and refuses bad input in one line", "[report][cli]")
{
    TestRegister reg(true);
    reg.close();
    const QString out = reg.file(QStringLiteral("cli.pdf"));
    const QString file = reg.path();
    const QByteArray before = fileBytes(file);

    CliRun ok =
        runCli({QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("measures"),
                QStringLiteral("--scope"), QStringLiteral("Arbetsmarknadsnämnden"), QStringLiteral("--from"),
                QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-12-31"),
                QStringLiteral("--lang"), QStringLiteral("sv"), QStringLiteral("--out"), out,
                QStringLiteral("--classification"), QStringLiteral("Sekretess enligt OSL 18:8")});
    INFO(ok.err.toStdString());
    REQUIRE(ok.code == 0);
    CHECK(ok.out.contains(QStringLiteral("cli.pdf")));
    CHECK(QFileInfo(out).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK(fileBytes(file) == before); // read-only
    const PdfFacts pdf = readPdf(out);
    checkFrame(pdf, Language::Swedish);
    for (const QString& page : pdf.pages)
        CHECK(page.contains(QStringLiteral("Sekretess enligt OSL 18:8")));

    const QString id = QString::number(
        Register::open(file)->units().idsNamed(QStringLiteral("Arbetsmarknadsnämnden")).value(0));
    CHECK(runCli({QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("measures"),
                  QStringLiteral("--scope"), id, QStringLiteral("--out"), out, QStringLiteral("--lang"),
                  QStringLiteral("en")})
              .code == 0);

    struct Bad
    {
        QStringList args;
        const char* message;
    };
    const Bad bad[] = {
        {{QStringLiteral("--kind"), QStringLiteral("budget")}, "okänt rapportslag"},
        {{QStringLiteral("--kind"), QStringLiteral("measures"), QStringLiteral("--scope"),
          QStringLiteral("Finns inte-nämnden")},
         "ingen enhet heter"},
        {{QStringLiteral("--kind"), QStringLiteral("measures"), QStringLiteral("--scope"),
          QStringLiteral("999999")},
         "ingen enhet har id 999999"},
        {{QStringLiteral("--kind"), QStringLiteral("measures"), QStringLiteral("--from"),
          QStringLiteral("2025-13-01")},
         "ogiltigt datum till --from"},
        {{QStringLiteral("--kind"), QStringLiteral("measures"), QStringLiteral("--to"),
          QStringLiteral("igår")},
         "ogiltigt datum till --to"},
        {{QStringLiteral("--kind"), QStringLiteral("measures"), QStringLiteral("--lang"),
          QStringLiteral("de")},
         "okänt språk"},
    };
    for (const Bad& b : bad) {
        const QString badOut = reg.file(QStringLiteral("bad.pdf"));
        CliRun r = runCli(QStringList{QStringLiteral("report"), file} + b.args +
                          QStringList{QStringLiteral("--out"), badOut});
        INFO(r.err.toStdString());
        CHECK(r.code == 1);
        CHECK(r.err.contains(QString::fromUtf8(b.message)));
        CHECK(r.err.count(QLatin1Char('\n')) == 1);
        CHECK_FALSE(QFileInfo::exists(badOut));
    }
    CHECK(
        runCli({QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("measures")}).code ==
        2);
    CHECK(runCli({QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("measures"),
                  QStringLiteral("--out"), out, QStringLiteral("--colour"), QStringLiteral("red")})
              .code == 2);
}

TEST_CASE("every kind renders in Swedish and English with its headings and figures", "[report][kinds]")
{
    TestRegister reg(true);
    struct Expect
    {
        ReportKind kind;
        std::vector<const char*> sv;
        std::vector<const char*> en;
    };
    const Expect kinds[] = {
        {ReportKind::Annual,
         {"SAMMANSTÄLLNING", "Årlig sammanställning av planerade", "Sammanfattning",
          "Lokaler – fysisk och teknisk säkerhet", "Arbetsmarknadsnämnden", "Väktarrond mellan"},
         {"COMPILATION", "Annual compilation of planned", "Summary",
          "Premises – physical and technical security"}},
        {ReportKind::Organisation,
         {"UPPFÖLJNING", "Säkerhetsorganisationens status",
          "Planerade och tillsatta tjänster per förvaltning", "Kravprofiler",
          "Milstolpar i implementeringsplanen", "Budget per nämnd", "Taktisk nivå",
          "Utbildningsförvaltningen", "Säkerhetsforum startat"},
         {"FOLLOW-UP", "Status of the security organisation", "Requirement profiles",
          "Milestones of the implementation plan", "Budget per board", "Tactical level"}},
        {ReportKind::Situation,
         {"LÄGESBILD", "Händelser", "Slag av händelse", "Risker", "Öppna höga risker", "Försenade åtgärder",
          "Utbildningar och övningar som skulle ha upprepats"},
         {"SITUATION REPORT", "Incidents", "Kind of incident", "Open high risks", "Overdue measures"}},
        {ReportKind::Assessment,
         {"EGENKONTROLL", "Sammanfattning", "Fråga", "Motivering", "Rekommendation",
          "Erbjuds den som har blivit", "Arbetsmarknadsnämnden"},
         {"SELF-ASSESSMENT", "Question", "Reasons", "Recommendation", "Is support offered"}},
    };
    for (const Expect& e : kinds) {
        for (const Language language : {Language::Swedish, Language::English}) {
            ReportRequest r = request(e.kind, 0, language);
            r.to = r.documentDate;
            const QString name =
                kReportKinds.code(e.kind) +
                (language == Language::English ? QStringLiteral("-en.pdf") : QStringLiteral("-sv.pdf"));
            INFO(name.toStdString());
            const PdfFacts pdf = write(reg, r, name);
            checkFrame(pdf, language);
            const QString text = pdf.all().simplified(); // a heading may wrap
            for (const char* expected : language == Language::English ? e.en : e.sv) {
                INFO(expected);
                CHECK(text.contains(QString::fromUtf8(expected)));
            }
        }
    }
    CHECK(ReportText::missingEnglish() == QStringList());
}

TEST_CASE("the situation report counts the incidents of the period against the year before",
          "[report][situation]")
{
    TestRegister reg(true);
    ReportRequest r = request(ReportKind::Situation, 0);
    r.to = r.documentDate;
    const KindCounts now = reg->incidentStatistics().perKind(0, r.from, r.to);
    const KindCounts before = reg->incidentStatistics().perKind(0, r.from.addYears(-1), r.to.addYears(-1));
    REQUIRE(now.total() > 0);
    const PdfFacts pdf = write(reg, r, QStringLiteral("situation.pdf"));
    CHECK(pdf.all().simplified().contains(
        QStringLiteral("registrerades %1 händelser inom Lindvalla kommun, mot %2 under samma period")
            .arg(now.total())
            .arg(before.total())));
}

TEST_CASE("every kind on an empty scope gives a short document that says so", "[report][kinds][empty]")
{
    TestRegister reg(true);
    const qint64 admin = reg->units().idsNamed(QStringLiteral("Kultur- och fritidsförvaltningen")).value(0);
    const qint64 fresh = reg.unit(UnitKind::Department, QStringLiteral("Avdelningen Nybildad"), admin);
    const std::pair<ReportKind, const char*> kinds[] = {
        {ReportKind::Annual, "Inga planerade åtgärder är registrerade för perioden."},
        {ReportKind::Situation, "Inga händelser är registrerade för perioden."},
    };
    for (const auto& [kind, message] : kinds) {
        INFO(kReportKinds.code(kind).toStdString());
        const PdfFacts pdf =
            write(reg, request(kind, fresh), kReportKinds.code(kind) + QStringLiteral("-empty.pdf"));
        checkFrame(pdf, Language::Swedish);
        CHECK(pdf.pages.size() <= 2);
        CHECK(pdf.all().contains(QString::fromUtf8(message)));
    }
    // A new department with nothing below it is itself a workplace: assessed, with nothing met.
    const PdfFacts assessed =
        write(reg, request(ReportKind::Assessment, fresh), QStringLiteral("assessment-empty.pdf"));
    CHECK(assessed.pages.size() <= 3);
    CHECK(assessed.all().simplified().contains(
        QStringLiteral("1 arbetsplats är bedömd, sammanvägd per enhet")));
    CHECK(assessed.all().contains(QStringLiteral("Avdelningen Nybildad")));
    // The organisation report of a new department shows its administration's organisation.
    const PdfFacts org =
        write(reg, request(ReportKind::Organisation, fresh), QStringLiteral("org-empty.pdf"));
    CHECK(org.all().contains(QStringLiteral("Kultur- och fritidsförvaltningen")));
}

TEST_CASE("a report is built and written off the main thread with its own connection", "[report][thread]")
{
    TestRegister reg(true);
    const QString path = reg.file(QStringLiteral("worker.pdf"));
    const RegisterSource source = reg->source();
    ReportWriter::Result result;
    QString error;
    int progressCalls = 0;
    std::thread worker([&] {
        try {
            auto own = Register::open(source);
            result = ReportWriter::writePdf(*own, request(ReportKind::Situation, 0), path,
                                            [&](int, int) { ++progressCalls; });
        } catch (const Error& e) {
            error = e.message();
        }
    });
    worker.join();
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    REQUIRE(result.written);
    CHECK(progressCalls == result.pages);
    const PdfFacts pdf = readPdf(path);
    checkFrame(pdf, Language::Swedish);
    CHECK(pdf.all().contains(QStringLiteral("Händelser per slag")));
}
