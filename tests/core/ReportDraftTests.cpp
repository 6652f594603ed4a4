#include "TestRegister.h"
#include "storage/Errors.h"

#include <QDateTime>
#include <QThread>
#include <catch2/catch.hpp>

using namespace sakra;

namespace {

struct DraftFixture
{
    TestRegister reg;
    qint64 root = 0, board = 0, person = 0, person2 = 0;

    DraftFixture()
    {
        root = reg.unit(UnitKind::Municipality, QStringLiteral("Kommunen"), 0);
        board = reg.unit(UnitKind::Board, QStringLiteral("Socialnämnden"), root);
        Person p;
        p.name = QStringLiteral("Eva Ek");
        p.title = QStringLiteral("Förvaltningschef");
        person = reg->people().create(p);
        p.name = QStringLiteral("Olle Berg");
        p.title = QStringLiteral("Säkerhetssamordnare");
        person2 = reg->people().create(p);
    }

    ReportDraft draft() const
    {
        ReportDraft d;
        d.kind = report::ReportKind::Measures;
        d.name = QStringLiteral("  Åtgärdsrapport 2026  ");
        d.scopeUnitId = board;
        d.periodFrom = QDate(2026, 1, 1);
        d.periodTo = QDate(2026, 12, 31);
        d.language = report::Language::English;
        d.documentDate = QDate(2026, 11, 20);
        d.registrationNumber = QStringLiteral("SN 2026/114");
        d.classification = QStringLiteral("Kan innehålla uppgifter som omfattas av sekretess");
        d.proposedDecision = QStringLiteral("Informationen läggs till handlingarna.");
        d.matter = QStringLiteral("Ärendet");
        d.preparation = QStringLiteral("Beredning");
        d.presentation = QStringLiteral("Föredragning");
        d.signatoryId = person;
        d.secondSignatoryId = person2;
        return d;
    }

    QString refusedField(const ReportDraft& d)
    {
        try {
            reg->reportDrafts().create(d);
        } catch (const ValidationError& e) {
            CHECK_FALSE(e.message().isEmpty());
            return e.field();
        }
        return QString();
    }
};

} // namespace

TEST_CASE("a report draft keeps every text and setting and gives them to the request", "[report][draft]")
{
    DraftFixture f;
    const qint64 id = f.reg->reportDrafts().create(f.draft());
    f.reg.reopen();
    const ReportDraft d = f.reg->reportDrafts().get(id);
    CHECK(d.name == QStringLiteral("Åtgärdsrapport 2026")); // trimmed
    CHECK(d.kind == report::ReportKind::Measures);
    CHECK(d.scopeUnitId == f.board);
    CHECK(d.periodFrom == QDate(2026, 1, 1));
    CHECK(d.periodTo == QDate(2026, 12, 31));
    CHECK(d.language == report::Language::English);
    CHECK(d.documentDate == QDate(2026, 11, 20));
    CHECK(d.registrationNumber == QStringLiteral("SN 2026/114"));
    CHECK(d.proposedDecision == QStringLiteral("Informationen läggs till handlingarna."));
    CHECK(d.signatoryId == f.person);
    CHECK(d.secondSignatoryId == f.person2);
    REQUIRE(f.reg->reportDrafts().all().size() == 1);
    const QDateTime changed =
        QDateTime::fromString(f.reg->reportDrafts().all().front().updatedAt, Qt::ISODateWithMs);
    REQUIRE(changed.isValid());
    CHECK(qAbs(changed.secsTo(QDateTime::currentDateTimeUtc())) < 120);

    const report::ReportRequest r = d.toRequest();
    CHECK(r.kind == report::ReportKind::Measures);
    CHECK(r.scopeUnitId == f.board);
    CHECK(r.from == QDate(2026, 1, 1));
    CHECK(r.to == QDate(2026, 12, 31));
    CHECK(r.language == report::Language::English);
    CHECK(r.registrationNumber == QStringLiteral("SN 2026/114"));
    CHECK(r.matter == QStringLiteral("Ärendet"));
    CHECK(r.secondSignatoryId == f.person2);
}

TEST_CASE("a draft without scope, period or signatories stores NULLs and reads back as open",
          "[report][draft]")
{
    DraftFixture f;
    ReportDraft d;
    d.name = QStringLiteral("Lägesbild");
    d.kind = report::ReportKind::Situation;
    const qint64 id = f.reg->reportDrafts().create(d);
    const ReportDraft back = f.reg->reportDrafts().get(id);
    CHECK(back.scopeUnitId == 0);
    CHECK_FALSE(back.periodFrom.isValid());
    CHECK_FALSE(back.documentDate.isValid());
    CHECK(back.language == report::Language::Swedish);
    CHECK(back.kind == report::ReportKind::Situation);
}

TEST_CASE("report drafts refuse bad input naming the field", "[report][draft][validation]")
{
    DraftFixture f;
    ReportDraft d = f.draft();
    d.name = QStringLiteral("   ");
    CHECK(f.refusedField(d) == QStringLiteral("name"));
    d = f.draft();
    d.name = QString(201, QLatin1Char('x'));
    CHECK(f.refusedField(d) == QStringLiteral("name"));
    d = f.draft();
    d.periodTo = QDate(2025, 12, 31);
    CHECK(f.refusedField(d) == QStringLiteral("period_to"));
    d = f.draft();
    d.scopeUnitId = 99999;
    CHECK(f.refusedField(d) == QStringLiteral("scope_id"));
    d = f.draft();
    d.signatoryId = 99999;
    CHECK(f.refusedField(d) == QStringLiteral("signatory_id"));
    d = f.draft();
    d.secondSignatoryId = d.signatoryId;
    CHECK(f.refusedField(d) == QStringLiteral("second_signatory_id"));

    // A removed person can no longer sign.
    f.reg->people().remove(f.person2);
    d = f.draft();
    CHECK(f.refusedField(d) == QStringLiteral("second_signatory_id"));
    CHECK(f.reg->reportDrafts().count() == 0);
}

TEST_CASE("report drafts list the latest changed first and keep history and tombstones", "[report][draft]")
{
    DraftFixture f;
    ReportDraft a = f.draft();
    a.name = QStringLiteral("A");
    ReportDraft b = f.draft();
    b.name = QStringLiteral("B");
    const qint64 ia = f.reg->reportDrafts().create(a);
    const qint64 ib = f.reg->reportDrafts().create(b);
    QThread::msleep(5); // change times are kept to the millisecond
    ReportDraft edit = f.reg->reportDrafts().get(ia);
    edit.proposedDecision = QStringLiteral("Nämnden godkänner rapporten.");
    f.reg->reportDrafts().update(edit);

    auto all = f.reg->reportDrafts().all();
    REQUIRE(all.size() == 2);
    CHECK(all.front().id == ia); // changed last
    CHECK(all.back().id == ib);

    // A stale copy is refused.
    CHECK_THROWS_AS(f.reg->reportDrafts().update(edit), ConflictError);

    const auto history = f.reg->history().entriesFor(f.reg->reportDrafts().uuidOf(ia));
    bool sawDecision = false;
    for (const auto& e : history)
        if (e.field == QStringLiteral("proposed_decision") &&
            e.newValue.toString() == QStringLiteral("Nämnden godkänner rapporten."))
            sawDecision = true;
    CHECK(sawDecision);

    f.reg->reportDrafts().remove(ib);
    CHECK(f.reg->reportDrafts().all().size() == 1);
    CHECK_FALSE(f.reg->reportDrafts().find(ib));
    f.reg->reportDrafts().restore(ib);
    CHECK(f.reg->reportDrafts().all().size() == 2);
}
