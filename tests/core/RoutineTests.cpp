#include "TestRegister.h"

#include <catch2/catch.hpp>

using namespace sakra;

namespace {

struct RoutineFixture : TopFixture
{
    qint64 dept = 0, unit = 0, otherAdmin = 0, otherUnit = 0, owner = 0;

    RoutineFixture() : TopFixture(QStringLiteral("Omsorgsnämnden"), QStringLiteral("Omsorgsförvaltningen"))
    {
        dept = reg.unit(UnitKind::Department, QStringLiteral("Hemtjänsten"), admin);
        unit = reg.unit(UnitKind::Unit, QStringLiteral("Nattpatrullen"), dept);
        otherAdmin = reg.unit(UnitKind::Administration, QStringLiteral("Kulturförvaltningen"), board, board);
        otherUnit = reg.unit(UnitKind::Unit, QStringLiteral("Biblioteket"), otherAdmin);
        owner = reg.person(QStringLiteral("Ola Ek"));
    }

    Routine routine(const QString& title, Routine::Kind kind = Routine::Kind::ThreatsViolence) const
    {
        Routine r;
        r.title = title;
        r.kind = kind;
        r.adoptedOn = QDate(2024, 1, 31);
        r.reviewMonths = 12;
        r.knownByStaff = Routine::Known::Partly;
        return r;
    }

    qint64 cover(qint64 routineId, qint64 unitId) { return reg->routineUnits().link(routineId, unitId); }
};

} // namespace

TEST_CASE("a routine's next review counts from the last review, else from the adoption", "[routine][dates]")
{
    CHECK(Routine::nextReviewFrom(QDate(2024, 1, 31), QDate(), 1) == QDate(2024, 2, 29));
    CHECK(Routine::nextReviewFrom(QDate(2023, 1, 31), QDate(), 1) == QDate(2023, 2, 28));
    CHECK(Routine::nextReviewFrom(QDate(2020, 5, 1), QDate(2024, 2, 29), 12) == QDate(2025, 2, 28));
    CHECK(Routine::nextReviewFrom(QDate(), QDate(2024, 3, 31), 6) == QDate(2024, 9, 30));
    CHECK_FALSE(Routine::nextReviewFrom(QDate(2024, 1, 1), QDate(), 0).isValid());
    CHECK_FALSE(Routine::nextReviewFrom(QDate(), QDate(), 12).isValid());

    RoutineFixture f;
    Routine r = f.reg->routines().get(f.reg->routines().create(f.routine(QStringLiteral("Rutin vid hot"))));
    CHECK(r.nextReview == QDate(2025, 1, 31));
    CHECK(r.isReviewOverdue(QDate(2025, 2, 1)));
    CHECK_FALSE(r.isReviewOverdue(QDate(2025, 1, 31)));
    r.lastReviewOn = QDate(2025, 8, 31);
    r.reviewMonths = 6;
    f.reg->routines().update(r);
    CHECK(f.reg->routines().get(r.id).nextReview == QDate(2026, 2, 28));
}

TEST_CASE("every routine field refuses bad input with its name and a message", "[routine][validation]")
{
    RoutineFixture f;
    auto create = [&](const Routine& r) { return [&f, r] { f.reg->routines().create(r); }; };
    Routine r = f.routine(QStringLiteral("  "));
    requireInvalid(f.reg, create(r), "title", "Ge rutinen en rubrik");
    r.title = QString(RoutineRepository::kMaxTitle + 1, QLatin1Char('x'));
    requireInvalid(f.reg, create(r), "title", "för lång");
    r = f.routine(QStringLiteral("Larmrutin"));
    r.adoptedOn = f.today.addDays(1);
    requireInvalid(f.reg, create(r), "adopted_on", "framtiden");
    r = f.routine(QStringLiteral("Larmrutin"));
    r.ownerId = 999999;
    requireInvalid(f.reg, create(r), "owner_id", "Ägaren finns inte");
    r = f.routine(QStringLiteral("Larmrutin"));
    r.reviewMonths = -1;
    requireInvalid(f.reg, create(r), "review_months", "1–60");
    r.reviewMonths = 61;
    requireInvalid(f.reg, create(r), "review_months", "1–60");
    r = f.routine(QStringLiteral("Larmrutin"));
    r.lastReviewOn = f.today.addDays(1);
    requireInvalid(f.reg, create(r), "last_review_on", "framtiden");
    r.lastReviewOn = QDate(2024, 1, 30);
    requireInvalid(f.reg, create(r), "last_review_on", "innan den fastställdes");
    r = f.routine(QStringLiteral("Larmrutin"));
    r.staffBriefedOn = f.today.addDays(1);
    requireInvalid(f.reg, create(r), "staff_briefed_on", "framtiden");
    r.staffBriefedOn = QDate(2023, 12, 1);
    requireInvalid(f.reg, create(r), "staff_briefed_on", "innan den fastställdes");
    r = f.routine(QStringLiteral("Larmrutin"));
    r.documentLink = QStringLiteral("https://intranat/rutin\nnästa rad");
    requireInvalid(f.reg, create(r), "document_link", "en rad");
    r.documentLink = QString(RoutineRepository::kMaxLink + 1, QLatin1Char('x'));
    requireInvalid(f.reg, create(r), "document_link", "för lång");
    r.documented = false;
    r.documentLink = QStringLiteral("https://intranat/rutin.pdf");
    requireInvalid(f.reg, create(r), "document_link", "inte är dokumenterad");

    // An undocumented routine without dates is a valid record of a gap.
    Routine gap;
    gap.title = QStringLiteral("Muntlig rutin för hembesök");
    gap.kind = Routine::Kind::HomeVisit;
    gap.documented = false;
    const Routine back = f.reg->routines().get(f.reg->routines().create(gap));
    CHECK_FALSE(back.documented);
    CHECK(back.knownByStaff == Routine::Known::No);
    CHECK_FALSE(back.nextReview.isValid());
    CHECK(back.ownerId == 0);
}

TEST_CASE("a routine's units go with it on removal and come back on restore", "[routine][links]")
{
    RoutineFixture f;
    const qint64 id = f.reg->routines().create(f.routine(QStringLiteral("Rutin vid hot")));
    f.cover(id, f.unit);
    f.cover(id, f.otherUnit);
    try {
        f.cover(id, f.unit);
        FAIL("covering the same unit twice should be refused");
    } catch (const ValidationError& e) {
        CHECK(e.field() == QStringLiteral("unit_id"));
        CHECK(e.message().contains(QStringLiteral("gäller redan")));
    }
    CHECK(f.reg->routineUnits().ofUnit(f.unit).size() == 1);
    f.reg->routines().remove(id);
    CHECK(f.reg->routineUnits().ofRoutine(id).empty());
    CHECK(f.reg->routineUnits().ofUnit(f.unit).empty());
    f.reg->routines().restore(id);
    CHECK(f.reg->routineUnits().ofRoutine(id).size() == 2);
}

TEST_CASE("routine lists filter by scope with inherited routines, by state and overdue review",
          "[routine][query]")
{
    RoutineFixture f;
    Routine whole = f.routine(QStringLiteral("Krisplan för förvaltningen"), Routine::Kind::CrisisPlan);
    whole.knownByStaff = Routine::Known::Yes;
    whole.ownerId = f.owner;
    const qint64 adminWide = f.reg->routines().create(whole);
    f.cover(adminWide, f.admin);
    Routine night = f.routine(QStringLiteral("Ensamarbete nattetid"), Routine::Kind::HomeVisit);
    night.lastReviewOn = f.today.addMonths(-2);
    night.documentLink = QStringLiteral("https://intranat/nattrutin.pdf");
    const qint64 nightly = f.reg->routines().create(night);
    f.cover(nightly, f.unit);
    Routine oral = f.routine(QStringLiteral("Bemötande i lånedisken"), Routine::Kind::Security);
    oral.documented = false;
    oral.knownByStaff = Routine::Known::No;
    const qint64 library = f.reg->routines().create(oral);
    f.cover(library, f.otherUnit);
    Routine none = f.routine(QStringLiteral("Checklista utan enhet"), Routine::Kind::Checklist);
    none.reviewMonths = 0;
    const qint64 nowhere = f.reg->routines().create(none);

    auto ids = [&](const RoutineQuery& q) { return listedIds(f.reg->routines(), q, &RoutineRow::routine); };

    RoutineQuery q; // by title
    CHECK(ids(q) == std::vector<qint64>{library, nowhere, nightly, adminWide});
    q.scopeUnitId = f.unit; // its own and the administration's
    CHECK(ids(q) == std::vector<qint64>{nightly, adminWide});
    q.inheritedToo = false;
    CHECK(ids(q) == std::vector<qint64>{nightly});
    q.scopeUnitId = f.admin; // the administration's and those of units below it
    q.inheritedToo = true;
    CHECK(ids(q) == std::vector<qint64>{nightly, adminWide});
    q.scopeUnitId = f.board;
    CHECK(ids(q) == std::vector<qint64>{library, nightly, adminWide});

    q = RoutineQuery();
    q.documented = false;
    CHECK(ids(q) == std::vector<qint64>{library});
    q.documented = true;
    q.known = Routine::Known::Partly;
    CHECK(ids(q) == std::vector<qint64>{nowhere, nightly});
    q = RoutineQuery();
    q.overdueOnly = true; // adopted 2024-01-31, yearly, never reviewed: due 2025-01-31
    q.today = QDate(2025, 1, 31);
    CHECK(ids(q).empty());
    q.today = QDate(2025, 2, 1);
    CHECK(ids(q) == std::vector<qint64>{library, adminWide});
    q = RoutineQuery();
    q.text = QStringLiteral("nattrutin");
    CHECK(ids(q) == std::vector<qint64>{nightly});
    q = RoutineQuery();
    q.sort = RoutineQuery::Sort::NextReview;
    q.ascending = false;
    CHECK(ids(q) == std::vector<qint64>{nightly, library, adminWide, nowhere}); // no review date last

    q = RoutineQuery();
    q.scopeUnitId = f.admin;
    const auto rows = f.reg->routines().list(q);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].ownerName == QStringLiteral("Ola Ek"));
    CHECK(rows[1].unitNames == QStringLiteral("Omsorgsförvaltningen"));
    CHECK(rows[0].unitCount == 1);
}
