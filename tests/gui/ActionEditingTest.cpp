#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Register.h"
#include "RegisterSession.h"
#include "action/ActionArea.h"
#include "action/ActionEditor.h"
#include "action/ActionFilterPanel.h"
#include "action/ActionListTab.h"
#include "action/ActionOverviewTab.h"
#include "action/ActionRequests.h"
#include "action/ActionRisksPanel.h"
#include "action/ActionTableModel.h"
#include "action/ActionTimeline.h"
#include "action/BoardCostTableModel.h"
#include "action/DepartmentStatusTableModel.h"
#include "action/RiskActionsPanel.h"
#include "commands/UpdateEntityCommand.h"
#include "widgets/MessageLabel.h"
#include "widgets/OptionalDateEdit.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace sakra;
using namespace sakra::gui;
using sakra::test::find;

namespace {
// The demo register in the main window, on the action area.
struct ActionWindow : test::DemoList<ActionTableModel, ActionArea>
{
    ActionWindow() : DemoList("action", "actionTable") {}
};

// Answers the next message box (the offer to set a risk's residual) with the given button.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible())
                box->button(button)->click();
    });
}
} // namespace

TEST_CASE("An action made from a risk is followed up and marked done, and each step undoes and redoes",
          "[gui][action]")
{
    ActionWindow w;
    MainWindow& window = w.window;
    Register& reg = w.reg();
    CHECK(w.model->rowCount() == reg.actions().count());

    // The risk area asks for a new action as it would, while another area is on screen.
    window.showArea(QStringLiteral("organisation"));
    const RiskRow riskRow = reg.risks().list(RiskQuery()).front();
    const qint64 riskId = riskRow.risk.id;
    const qint64 actionsBefore = reg.actions().count();
    const int linksBefore = int(reg.actionRisks().ofRisk(riskId).size());

    // Step 1: the action.
    const qint64 id = ActionRequests::of(window.session()).createActionForRisk(riskId);
    REQUIRE(id != 0);
    CHECK(reg.actions().count() == actionsBefore + 1);
    const Action created = reg.actions().get(id);
    CHECK(created.status == Action::Status::Planned);
    CHECK(created.unitId == riskRow.risk.unitId);
    CHECK(created.responsibleId == riskRow.risk.ownerId);
    CHECK(created.title.contains(riskRow.risk.title));
    CHECK(reg.actionRisks().linkId(id, riskId) != 0);
    CHECK(reg.actionRisks().ofRisk(riskId).size() == std::size_t(linksBefore + 1));
    CHECK(w.undoStack()->count() == 1);
    // The action area came forward with the new action in its editor and the list showing the
    // risk's actions.
    CHECK(w.areaShown() == w.area);
    auto* editor = find<ActionEditor>(window, "actionEditor");
    CHECK(editor->recordId() == id);
    CHECK(find<ActionFilterPanel>(window, "actionFilterPanel")->riskId() == riskId);
    CHECK(w.model->rowCount() == linksBefore + 1);
    CHECK(w.model->rowOf(id) >= 0);
    CHECK(find<QLineEdit>(window, "actionTitleEdit")->text() == created.title);
    auto* risks = find<QListWidget>(window, "actionRisksList");
    REQUIRE(risks->count() == 1);
    CHECK(risks->item(0)->data(ActionRisksPanel::TitleRole).toString() == riskRow.risk.title);

    // Step 2: a progress note, typed as a person would.
    auto* noteText = find<QPlainTextEdit>(window, "actionNoteTextEdit");
    CHECK(find<QDateEdit>(window, "actionNoteDateEdit")->date() == QDate::currentDate());
    const QString noteTextValue = QStringLiteral("Offert från låssmeden inkommen, beställning i maj");
    noteText->setFocus();
    test::typeText(noteText, noteTextValue);
    QTest::mouseClick(find<QPushButton>(window, "addActionNoteButton"), Qt::LeftButton);
    const auto latest = reg.actionNotes().latest(id);
    REQUIRE(latest);
    CHECK(latest->text == noteTextValue);
    CHECK(latest->notedOn == QDate::currentDate());
    CHECK(w.undoStack()->count() == 2);
    CHECK(noteText->toPlainText().isEmpty());
    CHECK(find<QLabel>(window, "actionCurrentStateLabel")->text().contains(noteTextValue));
    CHECK(find<QListWidget>(window, "actionNotesList")->count() == 1);
    CHECK(w.model->index(w.model->rowOf(id), ActionTableModel::LatestNoteColumn)
              .data()
              .toString()
              .contains(noteTextValue));

    // Step 3: marked done in the editor.
    auto* status = find<QComboBox>(window, "actionStatusCombo");
    status->setCurrentIndex(status->findData(int(Action::Status::Done)));
    CHECK(find<OptionalDateEdit>(window, "actionDoneDate")->date() == QDate::currentDate());
    QTest::mouseClick(find<QPushButton>(window, "actionApplyButton"), Qt::LeftButton);
    CHECK_FALSE(find<MessageLabel>(window, "actionMessage")->isVisible());
    Action done = reg.actions().get(id);
    CHECK(done.status == Action::Status::Done);
    CHECK(done.doneDate == QDate::currentDate());
    CHECK(done.statusChangedOn == QDate::currentDate());
    CHECK(reg.actionNotes().latest(id)->text == noteTextValue);
    CHECK(w.undoStack()->count() == 3);
    CHECK(w.model->index(w.model->rowOf(id), ActionTableModel::StatusColumn).data().toString() ==
          Action::kStatuses.label(Action::Status::Done));

    // Undo step by step: Ctrl+Z from the keyboard, then the undo action.
    QTest::keySequence(&window, QKeySequence::Undo);
    done = reg.actions().get(id);
    CHECK(done.status == Action::Status::Planned);
    CHECK_FALSE(done.doneDate.isValid());
    CHECK(status->currentData().toInt() == int(Action::Status::Planned));
    REQUIRE(reg.actionNotes().latest(id));
    CHECK(reg.actionNotes().latest(id)->text == noteTextValue);

    auto* undo = find<QAction>(window, "undoAction");
    REQUIRE(undo->isEnabled());
    undo->trigger();
    CHECK_FALSE(reg.actionNotes().latest(id).has_value());
    CHECK(reg.actions().find(id).has_value());
    CHECK(find<QListWidget>(window, "actionNotesList")->count() == 0);

    undo->trigger();
    CHECK_FALSE(reg.actions().find(id).has_value());
    CHECK(reg.actionRisks().linkId(id, riskId) == 0);
    CHECK(reg.actions().count() == actionsBefore);
    CHECK(w.model->rowOf(id) < 0);
    CHECK_FALSE(undo->isEnabled());

    // Redo brings back the same action, link, note and status.
    auto* redo = find<QAction>(window, "redoAction");
    redo->trigger();
    CHECK(reg.actions().find(id).has_value());
    CHECK(reg.actionRisks().linkId(id, riskId) != 0);
    redo->trigger();
    REQUIRE(reg.actionNotes().latest(id));
    CHECK(reg.actionNotes().latest(id)->text == noteTextValue);
    redo->trigger();
    CHECK(reg.actions().get(id).status == Action::Status::Done);
    CHECK(reg.actions().get(id).doneDate == QDate::currentDate());
}

TEST_CASE("A due date before the start is refused next to the field and nothing is written", "[gui][action]")
{
    ActionWindow w;
    MainWindow& window = w.window;
    Register& reg = w.reg();
    // An open action, so no done date stands in the way of the dates tried here.
    int open = -1;
    for (int row = 0; row < w.model->rowCount() && open < 0; ++row)
        if (w.model->rowAt(row)->action.isOpen())
            open = row;
    REQUIRE(open >= 0);
    w.table->setCurrentIndex(w.model->index(open, 0));
    auto* editor = find<ActionEditor>(window, "actionEditor");
    const qint64 id = w.model->rowAt(open)->action.id;
    REQUIRE(editor->recordId() == id);
    const QVariantMap before = reg.actions().get(id).toValues();
    const int steps = w.undoStack()->count();

    auto* start = find<OptionalDateEdit>(window, "actionStartDate");
    auto* due = find<OptionalDateEdit>(window, "actionDueDate");
    start->setDate(QDate(2026, 6, 1));
    due->setDate(QDate(2026, 5, 1));
    QTest::mouseClick(find<QPushButton>(window, "actionApplyButton"), Qt::LeftButton);

    auto* message = find<MessageLabel>(window, "actionFieldMessage_due_date");
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("före den startar")));
    // Right below the due date, not somewhere else on the form.
    CHECK(message->y() > due->y());
    CHECK(message->y() - (due->y() + due->height()) < 3 * message->fontMetrics().height());
    CHECK_FALSE(find<MessageLabel>(window, "actionMessage")->isVisible());
    CHECK_FALSE(find<MessageLabel>(window, "actionFieldMessage_title")->isVisible());
    CHECK(reg.actions().get(id).toValues() == before);
    CHECK(w.undoStack()->count() == steps);

    // Put right, it is written and the message goes.
    due->setDate(QDate(2026, 9, 1));
    QTest::mouseClick(find<QPushButton>(window, "actionApplyButton"), Qt::LeftButton);
    CHECK_FALSE(message->isVisible());
    CHECK(reg.actions().get(id).dueDate == QDate(2026, 9, 1));
    CHECK(w.undoStack()->count() == steps + 1);

    SECTION("an amount that is not whole kronor is refused at the cost field")
    {
        auto* cost = find<QLineEdit>(window, "actionEstimatedCostEdit");
        const QVariantMap kept = reg.actions().get(id).toValues();
        cost->setText(QStringLiteral("tolv tusen"));
        QTest::mouseClick(find<QPushButton>(window, "actionApplyButton"), Qt::LeftButton);
        CHECK(find<MessageLabel>(window, "actionFieldMessage_estimated_cost_kr")->isVisible());
        CHECK(reg.actions().get(id).toValues() == kept);
        CHECK(w.undoStack()->count() == steps + 1);
    }

    SECTION("a new action without a title is refused and nothing is created")
    {
        const qint64 count = reg.actions().count();
        QTest::mouseClick(find<QPushButton>(window, "addActionButton"), Qt::LeftButton);
        CHECK(editor->isCreating());
        QTest::mouseClick(find<QPushButton>(window, "actionApplyButton"), Qt::LeftButton);
        CHECK(find<MessageLabel>(window, "actionFieldMessage_title")->isVisible());
        CHECK(reg.actions().count() == count);

        find<QLineEdit>(window, "actionTitleEdit")->setText(QStringLiteral("Nya lås till grupprummen"));
        auto* unit = find<QComboBox>(window, "actionUnitCombo");
        if (unit->currentIndex() < 0)
            unit->setCurrentIndex(0);
        QTest::mouseClick(find<QPushButton>(window, "actionApplyButton"), Qt::LeftButton);
        CHECK(reg.actions().count() == count + 1);
        CHECK_FALSE(editor->isCreating());
        CHECK(reg.actions().get(editor->recordId()).title == QStringLiteral("Nya lås till grupprummen"));
    }
}

TEST_CASE("A risk linked with an expected residual offers to set the risk's residual, undoably",
          "[gui][action]")
{
    ActionWindow w;
    MainWindow& window = w.window;
    Register& reg = w.reg();
    w.table->setCurrentIndex(w.model->index(0, 0));
    const qint64 actionId = w.model->rowAt(0)->action.id;
    auto* panel = find<ActionRisksPanel>(window, "actionRisksPanel");
    REQUIRE(panel->actionId() == actionId);

    // A risk the action does not treat yet, with a high enough level to go down.
    qint64 riskId = 0;
    for (const RiskRow& row : reg.risks().list(RiskQuery()))
        if (reg.actionRisks().linkId(actionId, row.risk.id) == 0 && row.risk.likelihood > 1 &&
            row.risk.consequence > 1) {
            riskId = row.risk.id;
            break;
        }
    REQUIRE(riskId != 0);
    const Risk before = reg.risks().get(riskId);
    const int links = panel->findChild<QListWidget*>(QStringLiteral("actionRisksList"))->count();

    answerNextMessageBox(QMessageBox::Yes);
    REQUIRE(panel->addLink(riskId, 1, 1));
    CHECK(reg.actionRisks().linkId(actionId, riskId) != 0);
    CHECK(reg.risks().get(riskId).residualLikelihood == 1);
    CHECK(reg.risks().get(riskId).residualConsequence == 1);
    CHECK(panel->findChild<QListWidget*>(QStringLiteral("actionRisksList"))->count() == links + 1);

    // Two steps: the residual, then the link.
    w.undoStack()->undo();
    CHECK(reg.risks().get(riskId).residualLikelihood == before.residualLikelihood);
    CHECK(reg.risks().get(riskId).residualConsequence == before.residualConsequence);
    CHECK(reg.actionRisks().linkId(actionId, riskId) != 0);
    w.undoStack()->undo();
    CHECK(reg.actionRisks().linkId(actionId, riskId) == 0);
    CHECK(panel->findChild<QListWidget*>(QStringLiteral("actionRisksList"))->count() == links);

    // Declining the offer links without touching the risk.
    answerNextMessageBox(QMessageBox::No);
    REQUIRE(panel->addLink(riskId, 2, 2));
    CHECK(reg.risks().get(riskId).residualLikelihood == before.residualLikelihood);
    CHECK(reg.actionRisks().ofAction(actionId).back().residualLikelihood == 2);
}

TEST_CASE("The filters narrow the action list in the database", "[gui][action]")
{
    ActionWindow w;
    MainWindow& window = w.window;
    Register& reg = w.reg();
    const int all = w.model->rowCount();
    REQUIRE(all == reg.actions().count());

    auto* overdue = find<QCheckBox>(window, "actionOverdueFilter");
    overdue->setChecked(true);
    ActionQuery q;
    q.overdueOnly = true;
    CHECK(w.model->rowCount() == reg.actions().count(q));
    for (int row = 0; row < w.model->rowCount(); ++row)
        CHECK(w.model->rowAt(row)->action.isOverdue(QDate::currentDate()));

    // Overdue and due soon exclude each other; ticking one lets go of the other.
    auto* soon = find<QCheckBox>(window, "actionDueSoonFilter");
    soon->setChecked(true);
    CHECK_FALSE(overdue->isChecked());
    q = ActionQuery();
    q.dueWithinDays = ActionFilterPanel::kSoonDays;
    CHECK(w.model->rowCount() == reg.actions().count(q));

    find<QPushButton>(window, "actionClearFiltersButton")->click();
    CHECK_FALSE(soon->isChecked());
    CHECK(w.model->rowCount() == all);

    auto* statusFilter = find<QComboBox>(window, "actionStatusFilter");
    statusFilter->setCurrentIndex(statusFilter->findData(int(Action::Status::Done)));
    for (int row = 0; row < w.model->rowCount(); ++row)
        CHECK(w.model->rowAt(row)->action.status == Action::Status::Done);

    find<QPushButton>(window, "actionClearFiltersButton")->click();
    auto* decision = find<QCheckBox>(window, "actionNeedsDecisionFilter");
    decision->setChecked(true);
    for (int row = 0; row < w.model->rowCount(); ++row)
        CHECK(w.model->rowAt(row)->action.needsBoardDecision);

    // Free text, after the typing pause.
    find<QPushButton>(window, "actionClearFiltersButton")->click();
    const QString word =
        reg.actions().list(ActionQuery()).front().action.title.section(QLatin1Char(' '), 0, 0);
    find<QLineEdit>(window, "actionSearchEdit")->setText(word);
    QTest::qWait(500);
    for (int row = 0; row < w.model->rowCount(); ++row) {
        const Action& a = w.model->rowAt(row)->action;
        CHECK((a.title.contains(word, Qt::CaseInsensitive) ||
               a.description.contains(word, Qt::CaseInsensitive)));
    }
}

TEST_CASE("The overview is read off the GUI thread, follows edits and leads to the filtered action list",
          "[gui][action]")
{
    ActionWindow w;
    MainWindow& window = w.window;
    Register& reg = w.reg();
    auto* overview = find<ActionOverviewTab>(window, "actionOverviewTab");
    w.area->setCurrentWidget(overview);
    REQUIRE(QTest::qWaitFor([&] { return !overview->isLoading(); }, 10000));

    ActionQuery overdue;
    overdue.overdueOnly = true;
    CHECK(overview->overdueModel()->rowCount() == reg.actions().count(overdue));
    CHECK(overview->overdueModel()->totalCount() == reg.actions().count(overdue));
    CHECK(overview->costModel()->rowCount() == int(reg.actionOverview().costPerBoardAndYear().size()));
    CHECK(overview->statusModel()->rowCount() == int(reg.actionOverview().statusPerDepartment().size()));
    REQUIRE_FALSE(overview->timeline()->entries().empty());
    for (const ActionTimeline::Entry& e : overview->timeline()->entries())
        CHECK(e.due.isValid());

    // An overdue action marked done leaves the overdue list once the new answer is in.
    const qint64 late = overview->overdueModel()->rowAt(0)->action.id;
    Action done = reg.actions().get(late);
    const Action before = done;
    done.status = Action::Status::Done;
    REQUIRE(window.session().execute(
        new UpdateEntityCommand<Action>(window.session(), before, done, QStringLiteral("klar"))));
    REQUIRE(QTest::qWaitFor([&] { return !overview->isLoading(); }, 10000));
    CHECK(overview->overdueModel()->rowOf(late) < 0);
    CHECK(overview->overdueModel()->totalCount() == reg.actions().count(overdue));

    // "Show in the list" filters the action list to the overdue ones.
    QTest::mouseClick(find<QPushButton>(window, "actionOverdueListButton"), Qt::LeftButton);
    CHECK(w.area->currentWidget() == w.area->listTab());
    CHECK(find<QCheckBox>(window, "actionOverdueFilter")->isChecked());
    CHECK(w.model->rowCount() == reg.actions().count(overdue));

    // Another file opened while the overview is on screen: it answers for the new file.
    w.area->setCurrentWidget(overview);
    REQUIRE(QTest::qWaitFor([&] { return !overview->isLoading(); }, 10000));
    // The new file is empty of actions, so its answer differs from the old file's. (The old
    // register is gone once the new one is open.)
    const qint64 oldOverdue = reg.actions().count(overdue);
    REQUIRE(oldOverdue > 0);
    test::TempRegisterFile other(false);
    REQUIRE(window.openFile(other.path()));
    REQUIRE(QTest::qWaitFor([&] { return !overview->isLoading(); }, 10000));
    CHECK(overview->overdueModel()->totalCount() == 0);
    CHECK(window.session().reg().actions().count(overdue) == 0);
    CHECK(overview->costModel()->rowCount() ==
          int(window.session().reg().actionOverview().costPerBoardAndYear().size()));
}

TEST_CASE("The panel offered to the risk editor lists a risk's actions and makes a new one", "[gui][action]")
{
    ActionWindow w;
    MainWindow& window = w.window;
    Register& reg = w.reg();
    window.showArea(QStringLiteral("organisation"));
    // A risk that the demo plan treats.
    qint64 riskId = 0;
    for (const RiskRow& row : reg.risks().list(RiskQuery()))
        if (!reg.actionRisks().ofRisk(row.risk.id).empty()) {
            riskId = row.risk.id;
            break;
        }
    REQUIRE(riskId != 0);
    const int treating = int(reg.actionRisks().ofRisk(riskId).size());

    RiskActionsPanel panel(window.session());
    panel.setRiskId(riskId);
    panel.show();
    auto* list = panel.findChild<QTreeWidget*>(QStringLiteral("riskActionsList"));
    REQUIRE(list);
    CHECK(list->topLevelItemCount() == treating);

    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("newActionForRiskButton")),
                      Qt::LeftButton);
    CHECK(int(reg.actionRisks().ofRisk(riskId).size()) == treating + 1);
    CHECK(w.areaShown() == w.area);
    CHECK(list->topLevelItemCount() == treating + 1);
    w.undoStack()->undo();
    CHECK(int(reg.actionRisks().ofRisk(riskId).size()) == treating);
    CHECK(list->topLevelItemCount() == treating);
}
