#include "ReportTestSupport.h"
#include "TestRegister.h"
#include "report/ActionSelection.h"
#include "report/ReportContext.h"
#include "report/ReportWriter.h"

#include <catch2/catch.hpp>

using namespace sakra;
using namespace sakra::report;

namespace {

ReportRequest measures(qint64 scope)
{
    ReportRequest r;
    r.kind = ReportKind::Measures;
    r.scopeUnitId = scope;
    r.from = QDate(2025, 1, 1);
    r.to = QDate(2025, 12, 31);
    r.documentDate = QDate(2025, 11, 20);
    return r;
}

QString pdfText(TestRegister& reg, const ReportRequest& r, const QString& name)
{
    const QString path = reg.file(name);
    REQUIRE(ReportWriter::writePdf(*reg, r, path).written);
    return readPdf(path).all().simplified();
}

Action action(TestRegister& reg, qint64 unit, const char* title, Action::Status status, qint64 cost,
              bool estimated)
{
    Action a;
    a.title = QString::fromUtf8(title);
    a.kindId = reg->actionKinds().all().front().id;
    a.unitId = unit;
    a.status = status;
    a.startDate = QDate(2025, 2, 1);
    a.dueDate = status == Action::Status::Ongoing ? QDate() : QDate(2025, 6, 30);
    a.estimatedCostKr = cost;
    a.costEstimated = estimated;
    return a;
}

} // namespace

TEST_CASE("a cost not estimated is not 0 kr: stored apart, summed as nothing, counted", "[action][cost]")
{
    ScopeFixture fx;
    Action a = action(fx.reg, fx.unit, "Kameror vid entrén", Action::Status::Planned, 45'000, false);
    const qint64 id = fx.reg->actions().create(a);
    const Action stored = *fx.reg->actions().find(id);
    CHECK_FALSE(stored.costEstimated);
    CHECK(stored.estimatedCostKr == 0); // a figure typed before the box was ticked is not kept
    // Estimated after all: the figure is kept.
    Action later = stored;
    later.costEstimated = true;
    later.estimatedCostKr = 30'000;
    fx.reg->actions().update(later);
    CHECK(fx.reg->actions().find(id)->estimatedCostKr == 30'000);
    CHECK(fx.reg->actions().find(id)->costEstimated);
    // An estimate of 0 kr stays an estimate.
    Action free = action(fx.reg, fx.unit, "Flytta möbler från nödutgången", Action::Status::Planned, 0, true);
    CHECK(fx.reg->actions().find(fx.reg->actions().create(free))->costEstimated);
}

TEST_CASE("standing practice is never overdue and never finished", "[action][ongoing]")
{
    ScopeFixture fx;
    Action a = action(fx.reg, fx.unit, "Genomgång av utrymningsvägar vid varje kursstart",
                      Action::Status::Ongoing, 0, false);
    a.startDate = QDate();
    a.dueDate = QDate(2020, 1, 1); // even with a day long past
    const qint64 id = fx.reg->actions().create(a);
    const Action stored = *fx.reg->actions().find(id);
    CHECK(stored.status == Action::Status::Ongoing);
    CHECK_FALSE(stored.isOpen());
    CHECK_FALSE(stored.isOverdue(QDate(2026, 1, 1)));
    CHECK_FALSE(stored.doneDate.isValid());
    ActionQuery overdue;
    overdue.overdueOnly = true;
    overdue.today = QDate(2026, 1, 1);
    CHECK(fx.reg->actions().list(overdue).empty());
    CHECK(Action::kStatuses.label(Action::Status::Ongoing) == QStringLiteral("Löpande"));
    CHECK(Action::kStatuses.fromCode(QStringLiteral("ongoing")) == Action::Status::Ongoing);
}

TEST_CASE("the tally counts costs not estimated and standing practice apart", "[report][cost]")
{
    ScopeFixture fx;
    fx.reg->actions().create(action(fx.reg, fx.unit, "Skattad", Action::Status::Planned, 100'000, true));
    fx.reg->actions().create(action(fx.reg, fx.unit, "Oskattad", Action::Status::InProgress, 0, false));
    fx.reg->actions().create(action(fx.reg, fx.unit, "Löpande", Action::Status::Ongoing, 0, false));
    fx.reg->actions().create(action(fx.reg, fx.unit, "Avbruten", Action::Status::Cancelled, 0, false));
    const ReportRequest request = measures(fx.admin);
    const ReportContext c(*fx.reg, request);
    const ActionTally all = ActionSelection::measures(c).tally();
    CHECK(all.total == 4);
    CHECK(all.ongoing == 1);
    CHECK(all.notEstimated == 2); // the cancelled one is not counted: it costs nothing either way
    CHECK(all.estimatedKr == 100'000);
    CHECK(all.overdue == 2); // the planned and the one in progress, due 2025-06-30; the ongoing one never
}

TEST_CASE("the measures report shows places, costs not estimated and standing practice",
          "[report][measures][cost]")
{
    TestRegister reg(true);
    const qint64 admin =
        reg->units().idsNamed(QStringLiteral("Integrations- och arbetsmarknadsförvaltningen")).value(0);
    const QString text = pdfText(reg, measures(admin), QStringLiteral("measures.pdf"));
    INFO(text.toStdString());
    // Places (seed 000 ties its measures to them).
    CHECK(text.contains(QStringLiteral("Plats: Kvarngatan 4 (hus A och B)")));
    CHECK(text.contains(QStringLiteral("Plats: Lärcentrum, Torggatan 6")));
    // Not estimated: said in the appendix and in the economic consequences, never "0 kr".
    CHECK(text.contains(QStringLiteral("ej kostnadsberäknad")));
    CHECK(text.contains(
        QStringLiteral("2 av åtgärderna är inte kostnadsberäknade och ingår inte i beloppen.")));
    CHECK(text.contains(QStringLiteral("Åtgärder som inte är kostnadsberäknade ingår inte i summorna.")));
    // Standing practice.
    CHECK(text.contains(QStringLiteral("Löpande")));
    CHECK(text.contains(QStringLiteral("En åtgärd är löpande arbete utan slutdatum.")));

    // In English from the same template.
    ReportRequest en = measures(admin);
    en.language = Language::English;
    const QString english = pdfText(reg, en, QStringLiteral("measures-en.pdf"));
    CHECK(english.contains(QStringLiteral("not estimated")));
    CHECK(english.contains(QStringLiteral("Place: Kvarngatan 4")));
    CHECK(english.contains(QStringLiteral("standing practice with no end date")));
}

TEST_CASE("a report without unestimated costs says nothing about them", "[report][cost]")
{
    ScopeFixture fx;
    fx.reg->actions().create(action(fx.reg, fx.unit, "Skattad", Action::Status::Planned, 100'000, true));
    const QString text = pdfText(fx.reg, measures(fx.admin), QStringLiteral("plain.pdf"));
    CHECK_FALSE(text.contains(QStringLiteral("kostnadsberäknad")));
    CHECK_FALSE(text.contains(QStringLiteral("löpande")));
    CHECK_FALSE(text.contains(QStringLiteral("Plats:")));
}
