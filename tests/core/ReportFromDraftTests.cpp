#include "ReportTestSupport.h"
#include "TestRegister.h"
#include "report/ReportDraft.h"

#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace sakra;

namespace {

// A saved draft of the demo's measures report with its own title, texts and signatories.
struct DraftFixture
{
    TestRegister reg{true};
    QString file;
    qint64 draftId = 0;

    DraftFixture()
    {
        ReportDraft d;
        d.kind = report::ReportKind::Measures;
        d.name = QStringLiteral("Redovisning av säkerhetsåtgärder hösten 2025");
        d.scopeUnitId = reg->units().idsNamed(QStringLiteral("Arbetsmarknadsnämnden")).value(0);
        d.periodFrom = QDate(2025, 1, 1);
        d.periodTo = QDate(2025, 12, 31);
        d.documentDate = QDate(2025, 11, 20);
        d.registrationNumber = QStringLiteral("AMN-2025-0199");
        d.classification = QStringLiteral("Sekretess enligt OSL 18:8");
        d.proposedDecision = QStringLiteral("Arbetsmarknadsnämnden beslutar att godkänna redovisningen.");
        d.matter = QStringLiteral("Nämnden har begärt en redovisning av skalskyddet vid Fålhagsleden.");
        d.signatoryId = reg.person(QStringLiteral("Karin Utkastsdotter"));
        d.secondSignatoryId = reg.person(QStringLiteral("Per Signerare"));
        draftId = reg->reportDrafts().create(d);
        ReportDraft other = d;
        other.name = QStringLiteral("Lägesbild");
        other.kind = report::ReportKind::Situation;
        reg->reportDrafts().create(other);
        other.name = QStringLiteral("lägesbild"); // the same name but for letter case
        reg->reportDrafts().create(other);
        file = reg.path();
        reg.close();
    }
};

} // namespace

TEST_CASE("sakra-cli report --draft writes the saved draft with its own title, texts and signatories",
          "[report][cli][draft]")
{
    DraftFixture f;
    const QByteArray before = fileBytes(f.file);
    const QString out = f.reg.file(QStringLiteral("utkast.pdf"));
    const CliRun run = runCli({QStringLiteral("report"), f.file, QStringLiteral("--draft"),
                               QStringLiteral("redovisning av säkerhetsåtgärder hösten 2025"),
                               QStringLiteral("--out"), out});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("från utkastet Redovisning av säkerhetsåtgärder hösten 2025")));
    CHECK(fileBytes(f.file) == before); // read-only
    const PdfFacts pdf = readPdf(out);
    const QString text = pdf.all().simplified();
    CHECK(text.contains(QStringLiteral("Redovisning av säkerhetsåtgärder hösten 2025")));
    CHECK(text.contains(QStringLiteral("Arbetsmarknadsnämnden beslutar att godkänna redovisningen.")));
    CHECK(text.contains(QStringLiteral("skalskyddet vid Fålhagsleden")));
    CHECK(text.contains(QStringLiteral("Karin Utkastsdotter")));
    CHECK(text.contains(QStringLiteral("Per Signerare")));
    CHECK(text.contains(QStringLiteral("AMN-2025-0199")));
    for (const QString& page : pdf.pages)
        CHECK(page.contains(QStringLiteral("Sekretess enligt OSL 18:8")));
    CHECK(text.contains(QStringLiteral("Bilaga 1"))); // the measures report, as the draft says

    // By id too.
    CHECK(runCli({QStringLiteral("report"), f.file, QStringLiteral("--draft"), QString::number(f.draftId),
                  QStringLiteral("--out"), out})
              .code == 0);
}

TEST_CASE("sakra-cli report --draft refuses an unknown, an ambiguous or a contradicted draft",
          "[report][cli][draft]")
{
    DraftFixture f;
    const QString out = f.reg.file(QStringLiteral("x.pdf"));
    auto run = [&](QStringList more) {
        QStringList args{QStringLiteral("report"), f.file};
        args << more;
        return runCli(args);
    };
    const CliRun unknown =
        run({QStringLiteral("--draft"), QStringLiteral("Finns inte"), QStringLiteral("--out"), out});
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(QStringLiteral("inget utkast heter ”Finns inte”")));
    const CliRun twice =
        run({QStringLiteral("--draft"), QStringLiteral("LÄGESBILD"), QStringLiteral("--out"), out});
    CHECK(twice.code == 1);
    CHECK(twice.err.contains(QStringLiteral("2 utkast heter")));
    CHECK(twice.err.contains(QStringLiteral("ange utkastets id")));
    const CliRun noId =
        run({QStringLiteral("--draft"), QStringLiteral("987654"), QStringLiteral("--out"), out});
    CHECK(noId.code == 1);
    const CliRun noOut = run({QStringLiteral("--draft"), QString::number(f.draftId)});
    CHECK(noOut.code == 2);
    CHECK(noOut.err.contains(QStringLiteral("--draft NAMN --out UT.pdf")));
    const CliRun blank = run({QStringLiteral("--draft"), QStringLiteral(" "), QStringLiteral("--out"), out});
    CHECK(blank.code == 2);
    for (const char* option :
         {"--kind", "--scope", "--from", "--to", "--date", "--dnr", "--classification"}) {
        INFO(option);
        const CliRun both = run({QStringLiteral("--draft"), QString::number(f.draftId), QLatin1String(option),
                                 QStringLiteral("x"), QStringLiteral("--out"), out});
        CHECK(both.code == 2);
        CHECK(both.err.contains(QStringLiteral("går inte ihop med --draft")));
    }
    CHECK_FALSE(QFileInfo::exists(out));
}
