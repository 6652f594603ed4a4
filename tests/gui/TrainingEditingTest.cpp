#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Register.h"
#include "RegisterSession.h"
#include "alarm/AlarmEditor.h"
#include "alarm/AlarmListTab.h"
#include "incident/RecordFilterPanel.h"
#include "routine/RoutineEditor.h"
#include "routine/RoutineListTab.h"
#include "routine/RoutineUnitsPanel.h"
#include "training/TrainingEditor.h"
#include "training/TrainingListTab.h"
#include "widgets/MessageLabel.h"
#include "widgets/OptionalDateEdit.h"
#include "widgets/QueryTableModel.h"
#include "widgets/UnitComboBox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace sakra;
using namespace sakra::gui;
using sakra::test::find;

namespace {
struct Window : test::DemoWindow
{
    qint64 unitId = 0;

    explicit Window(const char* area)
    {
        activateOn(area);
        unitId = reg().units().ofKinds({UnitKind::Unit, UnitKind::Department}).back().id;
    }
    // The list tab of class Tab, with a new record started in its editor.
    template <typename Tab> Tab* startNew()
    {
        auto* tab = window.findChild<Tab*>();
        REQUIRE(tab);
        tab->startNew(0);
        return tab;
    }
    void apply(const char* prefix)
    {
        QTest::mouseClick(find<QPushButton>(window, (QByteArray(prefix) + "ApplyButton").constData()),
                          Qt::LeftButton);
    }
};
} // namespace

TEST_CASE("A training session is recorded through its editor with its next due date, and undone",
          "[gui][training]")
{
    Window w("training");
    auto* tab = w.window.findChild<TrainingListTab*>();
    REQUIRE(tab);
    const qint64 before = tab->recordModel()->totalCount();
    QTest::mouseClick(find<QPushButton>(w.window, "trainingAddButton"), Qt::LeftButton);
    auto* kind = find<QComboBox>(w.window, "trainingKindCombo");
    kind->setCurrentIndex(kind->findData(int(Training::Kind::AlarmDrill)));
    find<UnitComboBox>(w.window, "trainingUnitCombo")->setUnitId(w.unitId);
    const QDate held = QDate::currentDate().addMonths(-14);
    find<QDateEdit>(w.window, "trainingDateEdit")->setDate(held);
    find<QSpinBox>(w.window, "trainingParticipantsSpin")->setValue(12);
    find<QSpinBox>(w.window, "trainingTargetGroupSpin")->setValue(15);
    find<QSpinBox>(w.window, "trainingRecurrenceSpin")->setValue(12);
    // The next due date is worked out while the form is filled in, overdue said in words.
    auto* next = find<QLabel>(w.window, "trainingNextDueLabel");
    CHECK(next->text().contains(Training::nextDueFrom(held, 12).toString(Qt::ISODate)));
    CHECK(next->text().contains(QStringLiteral("försenad")));
    w.apply("training");
    INFO(tab->editor()->messageLabel()->text().toStdString());
    REQUIRE(w.undoStack()->count() == 1);
    CHECK(tab->recordModel()->totalCount() == before + 1);
    const auto saved = w.reg().trainings().find(tab->editor()->recordId());
    REQUIRE(saved);
    CHECK(saved->nextDue == Training::nextDueFrom(held, 12));
    CHECK(saved->participants == 12);

    // The overdue filter finds it.
    tab->filters()->showOverdueOnly();
    CHECK(tab->recordModel()->rowOf(saved->id) >= 0);

    w.undoStack()->undo();
    CHECK_FALSE(w.reg().trainings().find(saved->id));
    CHECK(tab->recordModel()->rowOf(saved->id) < 0);
}

TEST_CASE("The training editor refuses a session without a unit and too many participants, under each field",
          "[gui][training]")
{
    Window w("training");
    w.startNew<TrainingListTab>();
    w.apply("training");
    CHECK(find<MessageLabel>(w.window, "trainingFieldMessage_unit_id")->isVisible());
    find<UnitComboBox>(w.window, "trainingUnitCombo")->setUnitId(w.unitId);
    find<QSpinBox>(w.window, "trainingParticipantsSpin")->setValue(5'000'000);
    w.apply("training");
    CHECK_FALSE(find<MessageLabel>(w.window, "trainingFieldMessage_unit_id")->isVisible());
    auto* message = find<MessageLabel>(w.window, "trainingFieldMessage_participants");
    CHECK(message->isVisible());
    CHECK_FALSE(message->text().isEmpty());
    CHECK(w.undoStack()->count() == 0);
}

TEST_CASE("A routine is written through its editor, covers a unit, and both steps undo", "[gui][routine]")
{
    Window w("routine");
    // An empty title is refused with core's message under the field.
    auto* tab = w.startNew<RoutineListTab>();
    w.apply("routine");
    CHECK(find<MessageLabel>(w.window, "routineFieldMessage_title")->isVisible());
    CHECK(w.undoStack()->count() == 0);

    auto* title = find<QLineEdit>(w.window, "routineTitleEdit");
    title->setFocus();
    test::typeText(title, QStringLiteral("Rutin vid hembesök"));
    auto* kind = find<QComboBox>(w.window, "routineKindCombo");
    kind->setCurrentIndex(kind->findData(int(Routine::Kind::HomeVisit)));
    auto* known = find<QComboBox>(w.window, "routineKnownCombo");
    known->setCurrentIndex(known->findData(int(Routine::Known::Partly)));
    w.apply("routine");
    REQUIRE(w.undoStack()->count() == 1);
    const qint64 id = tab->editor()->recordId();
    REQUIRE(id != 0);
    CHECK(w.reg().routines().get(id).knownByStaff == Routine::Known::Partly);

    RoutineUnitsPanel* units = tab->editor()->unitsPanel();
    REQUIRE(units->addUnit(w.unitId));
    CHECK(w.undoStack()->count() == 2);
    CHECK(units->unitList()->count() == 1);
    CHECK(w.reg().routineUnits().ofRoutine(id).size() == 1);
    w.undoStack()->undo();
    CHECK(units->unitList()->count() == 0);
    w.undoStack()->undo();
    CHECK_FALSE(w.reg().routines().find(id));
}

TEST_CASE("Alarm equipment needs a unit or a site, and never tested stands out in words", "[gui][alarm]")
{
    Window w("alarm");
    auto* tab = w.startNew<AlarmListTab>();
    find<QSpinBox>(w.window, "alarmDevicesSpin")->setValue(3);
    w.apply("alarm");
    CHECK(w.undoStack()->count() == 0);
    // Core names the unit (or the site); the message stands under one of them.
    const bool shown = find<MessageLabel>(w.window, "alarmFieldMessage_unit_id")->isVisible() ||
                       find<MessageLabel>(w.window, "alarmFieldMessage_site_id")->isVisible();
    CHECK(shown);

    find<UnitComboBox>(w.window, "alarmUnitCombo")->setUnitId(w.unitId);
    CHECK(find<QLabel>(w.window, "alarmNextTestLabel")->text().contains(QStringLiteral("Aldrig testad")));
    w.apply("alarm");
    REQUIRE(w.undoStack()->count() == 1);
    const qint64 id = tab->editor()->recordId();
    const int row = tab->recordModel()->rowOf(id);
    REQUIRE(row >= 0);
    CHECK(tab->recordModel()->index(row, 0).data(RecordTableModel::OverdueRole).toBool());

    // Tested today: no longer overdue, undo brings the old state back.
    find<OptionalDateEdit>(w.window, "alarmLastTestedDate")->setDate(QDate::currentDate());
    w.apply("alarm");
    REQUIRE(w.undoStack()->count() == 2);
    CHECK_FALSE(tab->recordModel()
                    ->index(tab->recordModel()->rowOf(id), 0)
                    .data(RecordTableModel::OverdueRole)
                    .toBool());
    w.undoStack()->undo();
    CHECK_FALSE(w.reg().alarmEquipment().get(id).lastTestedOn.isValid());
}
