#include "SampleRecords.h"
#include "TestRegister.h"

#include <catch2/catch.hpp>

using namespace sakra;

namespace {

struct AlarmFixture : ScopeFixture
{
    qint64 otherSite = 0;

    AlarmFixture()
    {
        otherSite = reg.site(QStringLiteral("Stadsbiblioteket"));
        reg->unitSites().link(unit, site);
    }

    AlarmEquipment equipment(AlarmEquipment::Kind kind, qint64 unitId, qint64 siteId, QDate tested,
                             int months = 12) const
    {
        AlarmEquipment a = test::SampleRecords::alarm(unitId, kind, tested);
        a.siteId = siteId;
        a.testIntervalMonths = months;
        return a;
    }
};

} // namespace

TEST_CASE(
    "alarm equipment's next test is the last test plus the interval, and never tested counts as overdue",
    "[alarm][dates]")
{
    CHECK(AlarmEquipment::nextTestFrom(QDate(2024, 2, 29), 12) == QDate(2025, 2, 28));
    CHECK(AlarmEquipment::nextTestFrom(QDate(2025, 10, 31), 4) == QDate(2026, 2, 28));
    CHECK_FALSE(AlarmEquipment::nextTestFrom(QDate(), 12).isValid());

    AlarmFixture f;
    AlarmEquipment a = f.reg->alarmEquipment().get(f.reg->alarmEquipment().create(
        f.equipment(AlarmEquipment::Kind::Panic, f.unit, 0, QDate(2025, 1, 31), 1)));
    CHECK(a.nextTest == QDate(2025, 2, 28));
    CHECK_FALSE(a.isTestOverdue(QDate(2025, 2, 28)));
    CHECK(a.isTestOverdue(QDate(2025, 3, 1)));
    a.lastTestedOn = QDate();
    f.reg->alarmEquipment().update(a);
    a = f.reg->alarmEquipment().get(a.id);
    CHECK_FALSE(a.nextTest.isValid());
    CHECK(a.isTestOverdue(QDate(2025, 1, 1)));
}

TEST_CASE("every alarm equipment field refuses bad input with its name and a message", "[alarm][validation]")
{
    AlarmFixture f;
    auto create = [&](const AlarmEquipment& a) { return [&f, a] { f.reg->alarmEquipment().create(a); }; };
    const QDate tested = f.today.addMonths(-3);
    AlarmEquipment a = f.equipment(AlarmEquipment::Kind::Personal, 0, 0, tested);
    requireInvalid(f.reg, create(a), "unit_id", "enhet eller den lokal");
    a.unitId = 999999;
    requireInvalid(f.reg, create(a), "unit_id", "enheten finns inte");
    a = f.equipment(AlarmEquipment::Kind::Personal, 0, 999999, tested);
    requireInvalid(f.reg, create(a), "site_id", "lokalen finns inte");
    a = f.equipment(AlarmEquipment::Kind::Personal, f.unit, 0, tested);
    a.devices = 0;
    requireInvalid(f.reg, create(a), "devices", "mellan 1 och");
    a.devices = AlarmEquipmentRepository::kMaxDevices + 1;
    requireInvalid(f.reg, create(a), "devices", "mellan 1 och");
    a = f.equipment(AlarmEquipment::Kind::Personal, f.unit, 0, tested);
    a.receiver = QString(AlarmEquipmentRepository::kMaxReceiver + 1, QLatin1Char('x'));
    requireInvalid(f.reg, create(a), "receiver", "för lång");
    a = f.equipment(AlarmEquipment::Kind::Personal, f.unit, 0, f.today.addDays(1));
    requireInvalid(f.reg, create(a), "last_tested_on", "framtiden");
    a = f.equipment(AlarmEquipment::Kind::Personal, f.unit, 0, tested, 0);
    requireInvalid(f.reg, create(a), "test_interval_months", "1–60");
    a.testIntervalMonths = 61;
    requireInvalid(f.reg, create(a), "test_interval_months", "1–60");

    // A site alone is enough, and so is a unit alone; both at once too.
    CHECK(f.reg->alarmEquipment().create(f.equipment(AlarmEquipment::Kind::Intrusion, 0, f.site, f.today)) >
          0);
    CHECK(f.reg->alarmEquipment().create(
              f.equipment(AlarmEquipment::Kind::Personal, f.unit, 0, QDate(), 60)) > 0);
    CHECK(f.reg->alarmEquipment().create(
              f.equipment(AlarmEquipment::Kind::Panic, f.unit, f.site, tested, 1)) > 0);
}

TEST_CASE("alarm lists find equipment of a scope through its units and their sites", "[alarm][query]")
{
    AlarmFixture f;
    const QDate t(2025, 6, 15);
    const qint64 personal = f.reg->alarmEquipment().create(
        f.equipment(AlarmEquipment::Kind::Personal, f.unit, 0, t.addMonths(-11)));
    const qint64 siteOnly = f.reg->alarmEquipment().create(
        f.equipment(AlarmEquipment::Kind::Intrusion, 0, f.site, t.addMonths(-13)));
    const qint64 otherSite = f.reg->alarmEquipment().create(
        f.equipment(AlarmEquipment::Kind::Intrusion, 0, f.otherSite, t.addMonths(-1)));
    AlarmEquipment never = f.equipment(AlarmEquipment::Kind::Panic, f.otherUnit, 0, QDate());
    never.note = QStringLiteral("Levererat men inte driftsatt");
    const qint64 untested = f.reg->alarmEquipment().create(never);

    auto ids = [&](const AlarmQuery& q) {
        return listedIds(f.reg->alarmEquipment(), q, &AlarmRow::equipment);
    };

    AlarmQuery q; // next test first; never tested before all
    CHECK(ids(q) == std::vector<qint64>{untested, siteOnly, personal, otherSite});
    q.scopeUnitId = f.admin;
    CHECK(ids(q) == std::vector<qint64>{siteOnly, personal});
    q.scopeUnitId = f.otherUnit;
    CHECK(ids(q) == std::vector<qint64>{untested});
    q = AlarmQuery();
    q.today = t;
    q.overdueOnly = true;
    CHECK(ids(q) == std::vector<qint64>{untested, siteOnly});
    q.today = t.addMonths(1).addDays(1);
    CHECK(ids(q) == std::vector<qint64>{untested, siteOnly, personal});
    q = AlarmQuery();
    q.kind = AlarmEquipment::Kind::Intrusion;
    CHECK(ids(q) == std::vector<qint64>{siteOnly, otherSite});
    q = AlarmQuery();
    q.from = t.addMonths(-13);
    q.to = t.addMonths(-11);
    CHECK(ids(q) == std::vector<qint64>{siteOnly, personal});
    q = AlarmQuery();
    q.text = QStringLiteral("driftsatt");
    CHECK(ids(q) == std::vector<qint64>{untested});
    q = AlarmQuery();
    q.sort = AlarmQuery::Sort::Site;
    q.ascending = true;
    q.limit = 2;
    q.offset = 2;
    const auto rows = f.reg->alarmEquipment().list(q);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].equipment.id == siteOnly);
    CHECK(rows[0].siteName == QStringLiteral("Kvarngatan 4"));
    CHECK(rows[1].equipment.id == otherSite);
    CHECK(rows[0].unitName.isEmpty());
}
