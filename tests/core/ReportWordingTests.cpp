// Counts in the reports' sentences agree with their nouns and verbs, in Swedish and in English.
#include "ReportModelSupport.h"
#include "ReportTestSupport.h"
#include "TestRegister.h"
#include "report/ReportBuilder.h"
#include "report/ReportText.h"
#include "report/ReportWriter.h"

#include <catch2/catch.hpp>

using namespace sakra;
using namespace sakra::report;
using namespace reportcheck;

namespace {

// An administration with the actions given as (status, due date) pairs, reported on for this year
// as of its last day.
struct AgreementFixture
{
    explicit AgreementFixture(const std::vector<std::pair<Action::Status, QDate>>& actions)
    {
        std::tie(root, board, admin) =
            reg.top(QStringLiteral("Arbetsmarknadsnämnden"), QStringLiteral("Arbetsmarknadsförvaltningen"));
        const qint64 kind = reg->actionKinds().all().front().id;
        int i = 0;
        for (const auto& [status, due] : actions) {
            Action a;
            a.title = QStringLiteral("Åtgärd %1").arg(++i);
            a.kindId = kind;
            a.unitId = admin;
            a.status = status;
            a.startDate = QDate(year, 1, 1);
            a.dueDate = due;
            a.estimatedCostKr = 10000;
            reg->actions().create(a);
        }
    }

    ReportDocument build(ReportKind kind, Language language)
    {
        ReportRequest r;
        r.kind = kind;
        r.scopeUnitId = admin;
        r.from = QDate(year, 1, 1);
        r.to = QDate(year, 12, 31);
        r.documentDate = QDate(year, 12, 31);
        r.language = language;
        return ReportBuilder::build(*reg, r);
    }

    TestRegister reg;
    const int year = QDate::currentDate().year();
    qint64 root = 0, board = 0, admin = 0;
};

QStringList labels(const ReportDocument& doc)
{
    QStringList out;
    for (const KeyFigure& f : keyFigures(doc))
        out << plain(f.value) + QLatin1Char(' ') + f.label;
    return out;
}

} // namespace

TEST_CASE("a count picks the singular for one and the plural for any other number", "[report][wording]")
{
    const ReportText sv(Language::Swedish), en(Language::English);
    CHECK(sv.count("%1 åtgärd|%1 åtgärder", 1) == QStringLiteral("1 åtgärd"));
    CHECK(sv.count("%1 åtgärd|%1 åtgärder", 7) == QStringLiteral("7 åtgärder"));
    CHECK(sv.count("%1 åtgärd|%1 åtgärder", 0) == QStringLiteral("0 åtgärder"));
    CHECK(en.count("%1 åtgärd|%1 åtgärder", 1) == QStringLiteral("1 measure"));
    CHECK(en.count("%1 åtgärd|%1 åtgärder", 7) == QStringLiteral("7 measures"));
    CHECK(sv.count("%1 genomförd|%1 genomförda", 1) == QStringLiteral("1 genomförd"));
    CHECK(sv.count("%1 genomförd|%1 genomförda", 7) == QStringLiteral("7 genomförda"));
    CHECK(en.count("%1 genomförd|%1 genomförda", 1) == QStringLiteral("1 is done"));
    CHECK(en.count("%1 genomförd|%1 genomförda", 7) == QStringLiteral("7 are done"));
    CHECK(sv.count("%1 händelse|%1 händelser", 1) == QStringLiteral("1 händelse"));
    CHECK(en.count("%1 händelse|%1 händelser", 1) == QStringLiteral("1 incident"));
    CHECK(
        sv.count(
              "%1 arbetsplats är bedömd, sammanvägd per %2.|%1 arbetsplatser är bedömda, sammanvägda per %2.",
              1)
            .arg(QStringLiteral("enhet")) ==
        QStringLiteral("1 arbetsplats är bedömd, sammanvägd per enhet."));
    // Thousands as the language writes them, in either form.
    CHECK(plain(sv.count("%1 åtgärd|%1 åtgärder", 1200)) == QStringLiteral("1 200 åtgärder"));
    CHECK(en.count("%1 åtgärd|%1 åtgärder", 1200) == QStringLiteral("1,200 measures"));
    CHECK(sv.form("genomförd|genomförda", 1) == QStringLiteral("genomförd"));
    CHECK(sv.join({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) ==
          QStringLiteral("a, b och c"));
    CHECK(en.join({QStringLiteral("a"), QStringLiteral("b")}) == QStringLiteral("a and b"));
    CHECK(ReportText::missingEnglish() == QStringList());
}

TEST_CASE("the measures report says 1 genomförd of 7 åtgärder and 1 åtgärd of one", "[report][wording]")
{
    const int year = QDate::currentDate().year();
    const QDate end(year, 12, 31), mid(year, 6, 30);
    AgreementFixture seven({{Action::Status::Done, end},
                            {Action::Status::InProgress, end},
                            {Action::Status::InProgress, end},
                            {Action::Status::InProgress, end},
                            {Action::Status::Planned, end},
                            {Action::Status::Planned, mid},
                            {Action::Status::Postponed, end}});
    {
        const ReportDocument doc = seven.build(ReportKind::Measures, Language::Swedish);
        const QString text = allText(doc);
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("Av 7 åtgärder är 1 genomförd, 3 pågår och 2 är planerade.")));
        CHECK(text.contains(QStringLiteral("En åtgärd är uppskjuten eller avbruten.")));
        CHECK(
            text.contains(QStringLiteral("En åtgärd har passerat sitt slutdatum utan att vara genomförd.")));
        CHECK(labels(doc) ==
              QStringList({QStringLiteral("7 åtgärder i bilaga 1"), QStringLiteral("1 genomförd"),
                           QStringLiteral("5 pågående eller planerade"),
                           QStringLiteral("1 försenad (slutdatum passerat)")}));
        CHECK(text.contains(QStringLiteral("Den beräknade kostnaden för åtgärderna i bilaga 1 (åtgärder med "
                                           "slutdatum %1) är 70 000 kr.")
                                .arg(year)));
        // And so it is printed.
        const QString path = seven.reg.file(QStringLiteral("seven.pdf"));
        REQUIRE(ReportWriter::writePdf(doc, path).written);
        CHECK(readPdf(path).all().simplified().contains(
            QStringLiteral("Av 7 åtgärder är 1 genomförd, 3 pågår och 2 är planerade.")));
    }
    {
        const ReportDocument doc = seven.build(ReportKind::Measures, Language::English);
        const QString text = allText(doc);
        INFO(text.toStdString());
        CHECK(
            text.contains(QStringLiteral("Of 7 measures, 1 is done, 3 are in progress and 2 are planned.")));
        CHECK(text.contains(QStringLiteral("One measure is postponed or cancelled.")));
        CHECK(labels(doc).contains(QStringLiteral("7 measures in appendix 1")));
    }

    AgreementFixture one({{Action::Status::Planned, end}});
    {
        const ReportDocument doc = one.build(ReportKind::Measures, Language::Swedish);
        const QString text = allText(doc);
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("Av 1 åtgärd är 0 genomförda, 0 pågår och 1 är planerad.")));
        CHECK(labels(doc) ==
              QStringList({QStringLiteral("1 åtgärd i bilaga 1"), QStringLiteral("0 genomförda"),
                           QStringLiteral("1 pågående eller planerad"),
                           QStringLiteral("0 försenade (slutdatum passerat)")}));
        CHECK(text.contains(
            QStringLiteral(
                "Den beräknade kostnaden för åtgärden i bilaga 1 (åtgärder med slutdatum %1) är 10 000 kr.")
                .arg(year)));
    }
    {
        const QString text = allText(one.build(ReportKind::Measures, Language::English));
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("Of 1 measure, 0 are done, 0 are in progress and 1 is planned.")));
    }
    {
        // The annual compilation of the same: one action to carry out, one board.
        const ReportDocument doc = one.build(ReportKind::Annual, Language::Swedish);
        CHECK(labels(doc).contains(QStringLiteral("1 planerad, pågående eller uppskjuten åtgärd")));
        CHECK(allText(doc).contains(QStringLiteral("1 åtgärd med en beräknad kostnad av 10 000 kr")));
        const ReportDocument seven7 = seven.build(ReportKind::Annual, Language::Swedish);
        CHECK(labels(seven7).contains(QStringLiteral("6 planerade, pågående eller uppskjutna åtgärder")));
    }
    CHECK(ReportText::missingEnglish() == QStringList());
}
