#include "GuiTestSupport.h"
#include "Register.h"
#include "SampleRecords.h"
#include "alarm/AlarmTableModel.h"
#include "incident/IncidentTableModel.h"
#include "routine/RoutineTableModel.h"
#include "storage/Transaction.h"
#include "training/TrainingTableModel.h"

#include <QAbstractItemModelTester>
#include <catch2/catch.hpp>
#include <functional>
#include <optional>

using namespace sakra;
using namespace sakra::gui;

namespace {
qint64 firstUnit(Register& reg)
{
    const auto units = reg.units().ofKinds({UnitKind::Unit, UnitKind::Department});
    REQUIRE_FALSE(units.empty());
    return units.back().id;
}

// Incidents over several pages: every fifth one closed, every seventh serious and unreported.
void addIncidents(Register& reg, qint64 unitId, int n)
{
    const QDate today = QDate::currentDate();
    Transaction tx(reg.database());
    for (int i = 0; i < n; ++i) {
        Incident incident;
        incident.unitId = unitId;
        incident.occurredOn = today.addDays(-(i % 700) - 3);
        incident.kind = Incident::Kind(i % Incident::kKindCount);
        incident.severity = 1 + i % 4;
        incident.description = QStringLiteral("Testhändelse %1").arg(i);
        incident.serious = i % 7 == 0;
        if (i % 5 == 0) {
            incident.followUp = Incident::FollowUp::Closed;
            incident.closedOn = incident.occurredOn.addDays(2);
        }
        reg.incidents().create(incident);
    }
    tx.commit();
}

// The demo register with a unit of it that records are made at.
struct UnitRegister : test::DemoRegister
{
    const qint64 unit = firstUnit(*reg);
    const QDate today = QDate::currentDate();
};

// A list model of one kind showing the rows within a unit, watched by Qt's model tester.
template <typename Model> struct UnitList
{
    Model model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    typename Model::QueryType query;

    UnitList(Register& reg, qint64 unit)
    {
        query.scopeUnitId = unit;
        model.setQuery(&reg, query);
    }
};
} // namespace

TEST_CASE_METHOD(UnitRegister, "The incident list reads a page at a time, filters and sorts in the database",
                 "[gui][model][incident]")
{
    addIncidents(*reg, unit, 450);
    const qint64 total = reg->incidents().count(IncidentQuery());
    REQUIRE(total >= 450);

    IncidentTableModel model;
    // Watched from the first reset on.
    test::ResetTester tester(model, false);
    model.setQuery(reg.get(), IncidentQuery());
    CHECK(model.totalCount() == total);
    CHECK(model.rowCount() == RecordTableModel::kPageSize);
    REQUIRE(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    CHECK(model.rowCount() == 2 * RecordTableModel::kPageSize);
    tester.reset([&] { model.setQuery(reg.get(), IncidentQuery()); });

    // Newest first by default; sorting by severity is done by the database.
    for (int row = 1; row < model.rowCount(); ++row)
        REQUIRE(model.rowAt(row - 1)->incident.occurredOn >= model.rowAt(row)->incident.occurredOn);
    tester.reset([&] { model.sort(IncidentTableModel::SeverityColumn, Qt::DescendingOrder); });
    CHECK(model.rowAt(0)->incident.severity == 4);
    for (int row = 1; row < model.rowCount(); ++row)
        REQUIRE(model.rowAt(row - 1)->incident.severity >= model.rowAt(row)->incident.severity);
    CHECK_FALSE(model.isSortable(IncidentTableModel::ReferenceColumn));

    IncidentQuery open;
    open.openOnly = true;
    tester.reset([&] { model.setQuery(reg.get(), open); });
    CHECK(model.totalCount() == reg->incidents().count(open));
    CHECK(model.totalCount() < total);
    for (int row = 0; row < model.rowCount(); ++row)
        REQUIRE_FALSE(model.rowAt(row)->incident.isClosed());

    // Late reports to the authority are said in words and flagged for the colour.
    IncidentQuery late;
    late.overdueOnly = true;
    tester.reset([&] { model.setQuery(reg.get(), late); });
    REQUIRE(model.rowCount() > 0);
    const QModelIndex followUp = model.index(0, IncidentTableModel::FollowUpColumn);
    CHECK(followUp.data().toString().contains(QStringLiteral("Arbetsmiljöverket")));
    CHECK(followUp.data(RecordTableModel::OverdueRole).toBool());
    CHECK(followUp.data(Qt::BackgroundRole).isValid());

    tester.reset([&] { model.setQuery(nullptr, IncidentQuery()); });
    CHECK(model.rowCount() == 0);
    CHECK(model.totalCount() == 0);
}

TEST_CASE_METHOD(UnitRegister,
                 "The training list says an overdue session in words and keeps its rows consistent",
                 "[gui][model][training]")
{
    const Training old =
        test::SampleRecords::training(unit, Training::Kind::AlarmDrill, today.addMonths(-20));
    const qint64 oldId = reg->trainings().create(old);
    const qint64 freshId = reg->trainings().create(
        test::SampleRecords::training(unit, Training::Kind::Evacuation, today.addMonths(-2)));

    UnitList<TrainingTableModel> list(*reg, unit);
    TrainingTableModel& model = list.model;
    const int oldRow = model.rowOf(oldId);
    const int freshRow = model.rowOf(freshId);
    REQUIRE(oldRow >= 0);
    REQUIRE(freshRow >= 0);
    CHECK(test::cellText(model, oldRow, TrainingTableModel::NextDueColumn)
              .startsWith(QStringLiteral("Försenad")));
    CHECK(model.index(oldRow, 0).data(RecordTableModel::OverdueRole).toBool());
    CHECK(model.index(oldRow, 0).data(Qt::ForegroundRole).isValid());
    CHECK_FALSE(test::cellText(model, freshRow, TrainingTableModel::NextDueColumn)
                    .startsWith(QStringLiteral("Försenad")));
    CHECK(test::cellText(model, oldRow, TrainingTableModel::ParticipantsColumn) ==
          QStringLiteral("20 av 25"));

    // A later alarm drill settles the debt: the old one is no longer overdue.
    Training newer = old;
    newer.heldOn = today.addDays(-1);
    reg->trainings().create(newer);
    model.refresh();
    CHECK_FALSE(model.index(model.rowOf(oldId), 0).data(RecordTableModel::OverdueRole).toBool());
}

TEST_CASE_METHOD(UnitRegister, "The routine and alarm lists say overdue reviews and tests in words",
                 "[gui][model][routine][alarm]")
{
    const qint64 routineId = reg->routines().create(test::SampleRecords::threatsRoutine(today.addYears(-3)));
    reg->routineUnits().link(routineId, unit);

    UnitList<RoutineTableModel> routineList(*reg, unit);
    RoutineTableModel& routines = routineList.model;
    const int row = routines.rowOf(routineId);
    REQUIRE(row >= 0);
    CHECK(test::cellText(routines, row, RoutineTableModel::NextReviewColumn)
              .startsWith(QStringLiteral("Försenad")));
    CHECK(test::cellText(routines, row, RoutineTableModel::KnownColumn)
              .startsWith(Routine::kKnown.label(Routine::Known::Partly)));
    CHECK(test::cellText(routines, row, RoutineTableModel::UnitsColumn) == reg->units().get(unit).name);

    const qint64 neverId = reg->alarmEquipment().create(
        test::SampleRecords::alarm(unit, AlarmEquipment::Kind::Personal, QDate()));
    const qint64 testedId = reg->alarmEquipment().create(
        test::SampleRecords::alarm(unit, AlarmEquipment::Kind::Panic, today.addMonths(-1)));

    UnitList<AlarmTableModel> alarmList(*reg, unit);
    AlarmTableModel& alarms = alarmList.model;
    REQUIRE(alarms.rowOf(neverId) >= 0);
    REQUIRE(alarms.rowOf(testedId) >= 0);
    CHECK(test::cellText(alarms, alarms.rowOf(neverId), AlarmTableModel::NextTestColumn)
              .contains(QStringLiteral("aldrig")));
    CHECK(alarms.index(alarms.rowOf(neverId), 0).data(RecordTableModel::OverdueRole).toBool());
    CHECK_FALSE(alarms.index(alarms.rowOf(testedId), 0).data(RecordTableModel::OverdueRole).toBool());
    alarmList.query.overdueOnly = true;
    alarms.setQuery(reg.get(), alarmList.query);
    CHECK(alarms.rowOf(neverId) >= 0);
    CHECK(alarms.rowOf(testedId) < 0);
}
