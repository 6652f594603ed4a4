#include "SampleRecords.h"
#include "TestRegister.h"

#include <catch2/catch.hpp>

using namespace sakra;

namespace {

struct TrainingFixture : TopFixture
{
    qint64 school = 0, preschool = 0, otherAdmin = 0, library = 0;

    TrainingFixture()
        : TopFixture(QStringLiteral("Utbildningsnämnden"), QStringLiteral("Utbildningsförvaltningen"))
    {
        school = reg.unit(UnitKind::Unit, QStringLiteral("Ekbackens skola"), admin);
        preschool = reg.unit(UnitKind::Unit, QStringLiteral("Förskolan Solrosen"), admin);
        otherAdmin = reg.unit(UnitKind::Administration, QStringLiteral("Kulturförvaltningen"), board, board);
        library = reg.unit(UnitKind::Unit, QStringLiteral("Stadsbiblioteket"), otherAdmin);
    }

    Training training(qint64 unit, Training::Kind kind, QDate heldOn, int recurrence = 12) const
    {
        return test::SampleRecords::training(unit, kind, heldOn, recurrence);
    }
};

} // namespace

TEST_CASE("a training's next due date is its date plus the recurrence, month ends and leap days kept",
          "[training][dates]")
{
    CHECK(Training::nextDueFrom(QDate(2025, 1, 31), 1) == QDate(2025, 2, 28));
    CHECK(Training::nextDueFrom(QDate(2024, 1, 31), 1) == QDate(2024, 2, 29));
    CHECK(Training::nextDueFrom(QDate(2024, 2, 29), 12) == QDate(2025, 2, 28));
    CHECK(Training::nextDueFrom(QDate(2024, 2, 29), 48) == QDate(2028, 2, 29));
    CHECK(Training::nextDueFrom(QDate(2025, 8, 31), 6) == QDate(2026, 2, 28));
    CHECK(Training::nextDueFrom(QDate(2025, 11, 15), 120) == QDate(2035, 11, 15));
    CHECK_FALSE(Training::nextDueFrom(QDate(2025, 1, 1), 0).isValid());
    CHECK_FALSE(Training::nextDueFrom(QDate(), 12).isValid());

    TrainingFixture f;
    const QDate held(2024, 2, 29);
    Training t = f.reg->trainings().get(
        f.reg->trainings().create(f.training(f.school, Training::Kind::AlarmDrill, held, 12)));
    CHECK(t.nextDue == QDate(2025, 2, 28));
    // A changed recurrence moves the date; none clears it (the repository works it out, not the caller).
    t.recurrenceMonths = 0;
    t.nextDue = QDate(2030, 1, 1);
    f.reg->trainings().update(t);
    t = f.reg->trainings().get(t.id);
    CHECK(t.recurrenceMonths == 0);
    CHECK_FALSE(t.nextDue.isValid());
    t.recurrenceMonths = 6;
    f.reg->trainings().update(t);
    CHECK(f.reg->trainings().get(t.id).nextDue == QDate(2024, 8, 29));
}

TEST_CASE("every training field refuses bad input with its name and a message", "[training][validation]")
{
    TrainingFixture f;
    auto create = [&](const Training& t) { return [&f, t] { f.reg->trainings().create(t); }; };
    const QDate day = f.today.addDays(-30);
    Training t = f.training(f.school, Training::Kind::Lockdown, day);
    t.unitId = 0;
    requireInvalid(f.reg, create(t), "unit_id", "Välj den enhet");
    t.unitId = 999999;
    requireInvalid(f.reg, create(t), "unit_id", "Välj den enhet");
    t = f.training(f.school, Training::Kind::Lockdown, QDate());
    requireInvalid(f.reg, create(t), "held_on", "Ange det datum");
    t.heldOn = f.today.addDays(1);
    requireInvalid(f.reg, create(t), "held_on", "när de har hållits");
    t = f.training(f.school, Training::Kind::Lockdown, day);
    t.title = QString(TrainingRepository::kMaxTitle + 1, QLatin1Char('x'));
    requireInvalid(f.reg, create(t), "title", "för lång");
    t = f.training(f.school, Training::Kind::Lockdown, day);
    t.participants = -1;
    requireInvalid(f.reg, create(t), "participants", "mellan 0 och");
    t = f.training(f.school, Training::Kind::Lockdown, day);
    t.targetGroup = -1;
    requireInvalid(f.reg, create(t), "target_group", "mellan 0 och");
    t = f.training(f.school, Training::Kind::Lockdown, day);
    t.participants = 26;
    requireInvalid(f.reg, create(t), "participants", "Fler deltagare än målgruppen");
    t = f.training(f.school, Training::Kind::Lockdown, day, -1);
    requireInvalid(f.reg, create(t), "recurrence_months", "1–120");
    t = f.training(f.school, Training::Kind::Lockdown, day, 121);
    requireInvalid(f.reg, create(t), "recurrence_months", "1–120");

    // Boundaries accepted: held today, 120 months, all of the target group, no target group given.
    t = f.training(f.school, Training::Kind::Lockdown, f.today, 120);
    t.participants = 25;
    CHECK(f.reg->trainings().create(t) > 0);
    t.targetGroup = 0;
    t.participants = 300;
    CHECK(f.reg->trainings().create(t) > 0);
}

TEST_CASE("overdue training is the latest session of a kind at a unit past its due date",
          "[training][overdue][query]")
{
    TrainingFixture f;
    // A fixed day in the past, so month arithmetic is the same whenever the test runs.
    const QDate t(2025, 6, 15);
    // School alarm drills: an old one past due, followed by a newer one still current.
    const qint64 oldDrill =
        f.reg->trainings().create(f.training(f.school, Training::Kind::AlarmDrill, t.addMonths(-30)));
    const qint64 drill =
        f.reg->trainings().create(f.training(f.school, Training::Kind::AlarmDrill, t.addMonths(-11)));
    // School lockdown drill due exactly today: not overdue until tomorrow.
    const qint64 dueToday =
        f.reg->trainings().create(f.training(f.school, Training::Kind::Lockdown, t.addMonths(-12)));
    // Preschool fire drill due yesterday: overdue.
    const qint64 fire = f.reg->trainings().create(
        f.training(f.preschool, Training::Kind::FireDrill, t.addDays(-1).addMonths(-12)));
    // Library training without recurrence: never overdue however old.
    Training lecture = f.training(f.library, Training::Kind::ThreatsViolence, t.addYears(-5), 0);
    lecture.title = QStringLiteral("Föreläsning om bemötande");
    lecture.note = QStringLiteral("Med polisen");
    const qint64 noRecurrence = f.reg->trainings().create(lecture);
    // A newer session that is then removed does not hide the older overdue one.
    const qint64 library =
        f.reg->trainings().create(f.training(f.library, Training::Kind::Evacuation, t.addMonths(-14)));
    const qint64 removed =
        f.reg->trainings().create(f.training(f.library, Training::Kind::Evacuation, t.addMonths(-1)));
    f.reg->trainings().remove(removed);

    auto ids = [&](const TrainingQuery& q) {
        return listedIds(f.reg->trainings(), q, &TrainingRow::training);
    };

    TrainingQuery q;
    q.today = t;
    q.overdueOnly = true;
    q.sort = TrainingQuery::Sort::NextDue;
    q.ascending = true;
    CHECK(ids(q) == std::vector<qint64>{library, fire});
    q.today = t.addDays(1);
    CHECK(ids(q) == std::vector<qint64>{library, fire, dueToday});
    q.today = t;
    q.scopeUnitId = f.admin;
    CHECK(ids(q) == std::vector<qint64>{fire});

    // The list marks the overdue rows and only those.
    TrainingQuery all;
    all.today = t;
    all.sort = TrainingQuery::Sort::HeldOn;
    all.ascending = true;
    std::vector<qint64> overdue;
    for (const TrainingRow& r : f.reg->trainings().list(all))
        if (r.overdue)
            overdue.push_back(r.training.id);
    CHECK(overdue == std::vector<qint64>{library, fire});
    CHECK(ids(all) == std::vector<qint64>{noRecurrence, oldDrill, library, fire, dueToday, drill});

    CHECK(f.reg->trainings().latest(f.school, Training::Kind::AlarmDrill)->id == drill);
    CHECK_FALSE(f.reg->trainings().latest(f.preschool, Training::Kind::AlarmDrill));

    TrainingQuery filter;
    filter.kind = Training::Kind::AlarmDrill;
    CHECK(ids(filter) == std::vector<qint64>{drill, oldDrill});
    filter = TrainingQuery();
    filter.exercisesOnly = true;
    filter.scopeUnitId = f.otherAdmin;
    CHECK(ids(filter) == std::vector<qint64>{library});
    filter = TrainingQuery();
    filter.from = t.addMonths(-14);
    filter.to = t.addMonths(-11);
    CHECK(ids(filter) == std::vector<qint64>{drill, dueToday, fire, library});
    filter = TrainingQuery();
    filter.text = QStringLiteral("polisen");
    CHECK(ids(filter) == std::vector<qint64>{noRecurrence});
    filter = TrainingQuery();
    filter.sort = TrainingQuery::Sort::Unit;
    filter.ascending = true;
    filter.offset = 1;
    filter.limit = 2;
    const auto page = f.reg->trainings().list(filter);
    REQUIRE(page.size() == 2);
    CHECK(page[0].training.id == dueToday); // Ekbackens skola: newest first within the unit
    CHECK(page[1].training.id == oldDrill);
    CHECK(page[0].unitName == QStringLiteral("Ekbackens skola"));
}
