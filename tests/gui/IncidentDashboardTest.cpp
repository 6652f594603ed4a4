#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Register.h"
#include "RegisterSession.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/DashboardTile.h"
#include "incident/IncidentArea.h"
#include "incident/IncidentEditor.h"
#include "incident/IncidentListTab.h"
#include "incident/IncidentTableModel.h"
#include "widgets/MessageLabel.h"
#include "widgets/OptionalDateEdit.h"
#include "widgets/UnitComboBox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace sakra;
using namespace sakra::gui;
using sakra::test::find;

namespace {
// The number the incidents tile shows, read off the button's text ("12 händelser i år").
qint64 shownIncidents(DashboardTile* tile)
{
    bool ok = false;
    const qint64 n = tile->number().remove(QChar(0x00a0)).remove(QLatin1Char(' ')).toLongLong(&ok);
    REQUIRE(ok);
    return n;
}

// The demo register in the main window, its first unit at hand.
struct IncidentWindow : test::DemoWindow
{
    qint64 unitId = 0;

    IncidentWindow()
    {
        QApplication::setActiveWindow(&window);
        const auto units = reg().units().ofKinds({UnitKind::Unit, UnitKind::Department});
        REQUIRE_FALSE(units.empty());
        unitId = units.back().id;
    }

    IncidentListTab* incidentList()
    {
        window.showArea(QStringLiteral("incident"));
        auto* area = window.findChild<IncidentArea*>();
        REQUIRE(area);
        area->setCurrentWidget(area->listTab());
        return area->listTab();
    }
};
} // namespace

TEST_CASE("Recording an incident through the editor changes the dashboard's count, and undo takes it back",
          "[gui][incident][dashboard]")
{
    IncidentWindow w;
    auto* pages = find<QStackedWidget>(w.window, "areaPages");
    w.window.showArea(QStringLiteral("overview"));
    CHECK(qobject_cast<DashboardPage*>(pages->currentWidget()));
    auto* tile = find<DashboardTile>(w.window, "dashboardIncidentsTile");
    const qint64 before = shownIncidents(tile);
    CHECK(before == w.reg().dashboard().figures(0).incidentsThisYear);

    IncidentListTab* list = w.incidentList();
    const qint64 rowsBefore = list->model()->totalCount();
    QTest::mouseClick(find<QPushButton>(w.window, "incidentAddButton"), Qt::LeftButton);
    IncidentEditor* editor = list->editor();
    CHECK(editor->isCreating());
    find<UnitComboBox>(w.window, "incidentUnitCombo")->setUnitId(w.unitId);
    auto* kind = find<QComboBox>(w.window, "incidentKindCombo");
    kind->setCurrentIndex(kind->findData(int(Incident::Kind::Violence)));
    auto* description = find<QPlainTextEdit>(w.window, "incidentDescriptionEdit");
    // The field asks for no names while it is empty.
    CHECK(description->placeholderText() == Incident::descriptionHint());
    description->setFocus();
    test::typeText(description, QStringLiteral("Besökare knuffade en handläggare i receptionen."));
    find<QCheckBox>(w.window, "incidentSupportManagerCheck")->setChecked(true);
    QTest::mouseClick(find<QPushButton>(w.window, "incidentApplyButton"), Qt::LeftButton);

    INFO(editor->messageLabel()->text().toStdString());
    REQUIRE(w.undoStack()->count() == 1);
    REQUIRE(editor->recordId() != 0);
    const auto saved = w.reg().incidents().find(editor->recordId());
    REQUIRE(saved);
    CHECK(saved->unitId == w.unitId);
    CHECK(saved->kind == Incident::Kind::Violence);
    CHECK(saved->occurredOn == QDate::currentDate());
    CHECK(saved->supportManager);
    CHECK(list->model()->totalCount() == rowsBefore + 1);
    // The new incident is selected in the list.
    CHECK(list->table()->currentIndex().isValid());
    CHECK(list->model()->idAt(list->table()->currentIndex().row()) == saved->id);

    w.window.showArea(QStringLiteral("overview"));
    CHECK(shownIncidents(tile) == before + 1);

    w.undoStack()->undo();
    CHECK(shownIncidents(tile) == before);
    CHECK_FALSE(w.reg().incidents().find(saved->id));

    w.undoStack()->redo();
    CHECK(shownIncidents(tile) == before + 1);

    // The tile leads to the incident area.
    QTest::mouseClick(tile, Qt::LeftButton);
    CHECK(qobject_cast<IncidentArea*>(pages->currentWidget()));
}

TEST_CASE(
    "The incident editor refuses an incident without a unit, says so under the field and writes nothing",
    "[gui][incident]")
{
    IncidentWindow w;
    IncidentListTab* list = w.incidentList();
    const qint64 rows = list->model()->totalCount();
    list->startNew(0);
    QTest::mouseClick(find<QPushButton>(w.window, "incidentApplyButton"), Qt::LeftButton);
    auto* message = find<MessageLabel>(w.window, "incidentFieldMessage_unit_id");
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("enhet")));
    CHECK(w.undoStack()->count() == 0);
    CHECK(list->model()->totalCount() == rows);
    CHECK(list->editor()->isCreating());
}

TEST_CASE("The incident editor refuses a police report dated before the incident", "[gui][incident]")
{
    IncidentWindow w;
    IncidentListTab* list = w.incidentList();
    list->startNew(w.unitId);
    find<QDateEdit>(w.window, "incidentDateEdit")->setDate(QDate::currentDate().addDays(-3));
    find<QCheckBox>(w.window, "incidentPoliceReportedCheck")->setChecked(true);
    find<OptionalDateEdit>(w.window, "incidentPoliceDate")->setDate(QDate::currentDate().addDays(-10));
    QTest::mouseClick(find<QPushButton>(w.window, "incidentApplyButton"), Qt::LeftButton);
    auto* message = find<MessageLabel>(w.window, "incidentFieldMessage_police_reported_on");
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("före händelsen")));
    CHECK(w.undoStack()->count() == 0);
}

TEST_CASE("A serious incident shows the authority's deadline, and a warning in words once it is missed",
          "[gui][incident]")
{
    IncidentWindow w;
    IncidentListTab* list = w.incidentList();
    list->startNew(w.unitId);
    auto* deadline = find<QLabel>(w.window, "incidentDeadlineLabel");
    CHECK_FALSE(deadline->isVisible());
    find<QDateEdit>(w.window, "incidentDateEdit")->setDate(QDate::currentDate());
    find<QCheckBox>(w.window, "incidentSeriousCheck")->setChecked(true);
    CHECK(deadline->isVisible());
    const QString last = Incident::authorityDeadlineFor(QDate::currentDate()).toString(Qt::ISODate);
    CHECK(deadline->text().contains(last));
    CHECK_FALSE(deadline->text().contains(QStringLiteral("Inte anmäld")));

    find<QDateEdit>(w.window, "incidentDateEdit")->setDate(QDate::currentDate().addDays(-10));
    CHECK(deadline->text().contains(QStringLiteral("Inte anmäld")));
    QTest::mouseClick(find<QPushButton>(w.window, "incidentApplyButton"), Qt::LeftButton);
    REQUIRE(w.undoStack()->count() == 1);

    // In the list the late report is said in words, not only in colour.
    auto* model = list->model();
    const int row = model->rowOf(list->editor()->recordId());
    REQUIRE(row >= 0);
    const QModelIndex followUp = model->index(row, IncidentTableModel::FollowUpColumn);
    CHECK(followUp.data().toString().contains(QStringLiteral("Ej anmäld")));
    CHECK(followUp.data(RecordTableModel::OverdueRole).toBool());
}
