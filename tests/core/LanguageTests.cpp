#include "ReportTestSupport.h"
#include "TestRegister.h"
#include "i18n/LanguageScope.h"
#include "i18n/Translation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sakra;

TEST_CASE("English comes from the translation built into the program, Swedish is the source", "[language]")
{
    REQUIRE(Translation::language() == Language::Swedish);
    CHECK(QCoreApplication::translate("sakra::Action", "Planerad") == QLatin1String("Planerad"));
    {
        const LanguageScope english(Language::English);
        CHECK(Translation::current() == Language::English);
        CHECK(QCoreApplication::translate("sakra::Action", "Planerad") == QLatin1String("Planned"));
        CHECK(
            QCoreApplication::translate("sakra::AssessmentRules", "Ingen riskinventering är registrerad.") ==
            QLatin1String("No risk inventory is registered."));
        // Plural forms: English has two.
        CHECK(QCoreApplication::translate(
                  "sakra::RiskRepository", "%n åtgärd(er) är kopplade till risken; koppla bort dem först.",
                  nullptr, 1) == QLatin1String("1 action is linked to the risk; unlink it first."));
        CHECK(QCoreApplication::translate(
                  "sakra::RiskRepository", "%n åtgärd(er) är kopplade till risken; koppla bort dem först.",
                  nullptr, 3) == QLatin1String("3 actions are linked to the risk; unlink them first."));
        {
            const LanguageScope swedish(Language::Swedish);
            CHECK(QCoreApplication::translate("sakra::Action", "Planerad") == QLatin1String("Planerad"));
        }
        CHECK(Translation::current() == Language::English);
    }
    CHECK(Translation::current() == Language::Swedish);
}

TEST_CASE("Language codes and the system's language", "[language]")
{
    CHECK(Translation::fromCode(QStringLiteral("en")) == Language::English);
    CHECK(Translation::fromCode(QStringLiteral("en_GB")) == Language::English);
    CHECK(Translation::fromCode(QStringLiteral("sv-SE")) == Language::Swedish);
    CHECK_FALSE(Translation::fromCode(QStringLiteral("de")).has_value());
    CHECK_FALSE(Translation::fromCode(QString()).has_value());
    CHECK(Translation::code(Language::English) == QLatin1String("en"));
    CHECK(Translation::code(Language::Swedish) == QLatin1String("sv"));
    CHECK(Translation::locale(Language::English).toString(1234567) == QLatin1String("1,234,567"));
}

TEST_CASE("sakra-cli --lang en gives English help, messages and labels", "[language][cli]")
{
    const CliRun help = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.startsWith(QLatin1String("Usage: sakra-cli [--lang sv|en] COMMAND")));
    CHECK(help.out.contains(QLatin1String("write a board document as PDF/A")));
    CHECK_FALSE(help.out.contains(QStringLiteral("Användning")));

    const CliRun unknown =
        runCli({QStringLiteral("nosuchcommand"), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(unknown.code == 2);
    CHECK(unknown.err ==
          QLatin1String("sakra-cli: unknown command: nosuchcommand\nRun sakra-cli --help for help.\n"));

    const CliRun missing = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("check"),
                                   QStringLiteral("/no/such/file.sakra")});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QLatin1String("does not exist")));

    // Swedish stays the language of the run without --lang (the tests' own), and a wrong code is refused.
    const CliRun swedish = runCli({QStringLiteral("nosuchcommand")});
    CHECK(swedish.err.contains(QStringLiteral("okänt kommando")));
    const CliRun wrong = runCli({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
    CHECK(wrong.code == 2);
    CHECK(wrong.err.contains(QStringLiteral("välj sv eller en")));

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.sakra"));
    REQUIRE(runCli({QStringLiteral("init"), file, QStringLiteral("--demo")}).code == 0);
    const CliRun assess =
        runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("assess"), file});
    REQUIRE(assess.code == 0);
    // The keys stay as they are; the labels and reasons are English.
    CHECK(assess.out.contains(QLatin1String("\"answerLabel\": \"Partly\"")));
    CHECK(assess.out.contains(QLatin1String("Units answering yes or largely")));
    CHECK_FALSE(assess.out.contains(QLatin1String("Enheter som svarar")));
    CHECK(Translation::current() == Language::Swedish);
}

TEST_CASE("Every report in English holds no Swedish sentence, whatever the interface speaks",
          "[language][report]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.sakra"));
    REQUIRE(runCli({QStringLiteral("init"), file, QStringLiteral("--demo")}).code == 0);
    // Words of Swedish sentences that no name in the demo municipality holds.
    static const QRegularExpression swedish(
        QStringLiteral("\\b(är|inte|ingen|inga|har|enheter|rutinen|riskinventering|åtgärder|händelser|"
                       "bedömda|genomförd|saknas|Sida|Datum|Förslag|Ärendet)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    for (const char* kind : {"measures", "annual", "organisation", "situation", "assessment"}) {
        INFO(kind);
        const QString pdf = dir.filePath(QLatin1String(kind) + QStringLiteral(".pdf"));
        // The interface stays Swedish; the document is asked for in English.
        const CliRun run =
            runCli({QStringLiteral("report"), file, QStringLiteral("--kind"), QLatin1String(kind),
                    QStringLiteral("--out"), pdf, QStringLiteral("--lang"), QStringLiteral("en")});
        REQUIRE(run.code == 0);
        const QString text = readPdf(pdf).all();
        const QRegularExpressionMatch found = swedish.match(text);
        INFO("Swedish: " << found.captured().toStdString() << " in: "
                         << text.mid(std::max<qsizetype>(0, found.capturedStart() - 80), 160).toStdString());
        CHECK_FALSE(found.hasMatch());
    }
}
