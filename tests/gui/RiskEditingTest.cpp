#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Register.h"
#include "RegisterSession.h"
#include "commands/CreateCommand.h"
#include "risk/RiskArea.h"
#include "risk/RiskTableModel.h"
#include "widgets/HeatMapModel.h"
#include "widgets/HeatMapWidget.h"
#include "widgets/MessageLabel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace sakra;
using namespace sakra::gui;
using sakra::test::find;

namespace {
// Opens the demo register in the main window, on the risk area with the first risk selected.
struct RiskWindow : test::DemoList<RiskTableModel>
{
    RiskWindow() : DemoList("risk", "riskTable")
    {
        REQUIRE(model->rowCount() == reg().risks().count());
        select(0);
    }
};
} // namespace

TEST_CASE_METHOD(
    RiskWindow,
    "A likelihood changed in the risk editor moves the risk in the heat map, and undo and redo move it "
    "back and "
    "forth",
    "[gui][risk]")
{
    Register& reg = window.session().reg();
    const Risk before = model->rowAt(0)->risk;
    auto* map = find<HeatMapWidget>(window, "riskHeatMap");
    auto* likelihood = find<QComboBox>(window, "riskLikelihoodCombo");
    REQUIRE(likelihood->currentData().toInt() == before.likelihood);

    const int l0 = before.likelihood;
    const int c = before.consequence;
    const int l1 = l0 > 1 ? l0 - 1 : l0 + 1;
    const int oldCellBefore = map->count(l0, c);
    const int newCellBefore = map->count(l1, c);
    REQUIRE(oldCellBefore >= 1);

    // One step up or down the list of the scale, as with the arrow keys.
    likelihood->setFocus();
    QTest::keyClick(likelihood, l1 < l0 ? Qt::Key_Up : Qt::Key_Down);
    REQUIRE(likelihood->currentData().toInt() == l1);
    // The level is worked out as the choice is made, before anything is saved.
    CHECK(find<QLabel>(window, "riskLevelLabel")->text().contains(QStringLiteral("%1 × %2").arg(l1).arg(c)));
    CHECK(reg.risks().get(before.id).likelihood == l0);
    QTest::mouseClick(find<QPushButton>(window, "riskApplyButton"), Qt::LeftButton);

    CHECK(reg.risks().get(before.id).likelihood == l1);
    CHECK(map->count(l0, c) == oldCellBefore - 1);
    CHECK(map->count(l1, c) == newCellBefore + 1);
    CHECK(undoStack()->count() == 1);

    // Ctrl+Z from the keyboard, wherever the focus is in the window.
    QTest::keySequence(&window, QKeySequence::Undo);
    CHECK(reg.risks().get(before.id).likelihood == l0);
    CHECK(reg.risks().get(before.id).level == before.level);
    CHECK(map->count(l0, c) == oldCellBefore);
    CHECK(map->count(l1, c) == newCellBefore);
    CHECK(likelihood->currentData().toInt() == l0);

    auto* redo = find<QAction>(window, "redoAction");
    REQUIRE(redo->isEnabled());
    redo->trigger();
    CHECK(reg.risks().get(before.id).likelihood == l1);
    CHECK(map->count(l0, c) == oldCellBefore - 1);
    CHECK(map->count(l1, c) == newCellBefore + 1);
    CHECK(likelihood->currentData().toInt() == l1);
}

TEST_CASE_METHOD(RiskWindow, "A cell of the heat map filters the risk list until it is let go", "[gui][risk]")
{
    auto* map = find<HeatMapWidget>(window, "riskHeatMap");
    const Risk first = model->rowAt(0)->risk;
    const int inCell = map->count(first.likelihood, first.consequence);

    map->selectCell(first.likelihood, first.consequence);
    CHECK(model->rowCount() == inCell);
    for (int row = 0; row < model->rowCount(); ++row) {
        CHECK(model->rowAt(row)->risk.likelihood == first.likelihood);
        CHECK(model->rowAt(row)->risk.consequence == first.consequence);
    }
    CHECK(find<QLabel>(window, "riskCellLabel")->isVisible());
    // The heat map still counts every cell while one is chosen.
    CHECK(map->model()->total() == window.session().reg().risks().count());

    QTest::mouseClick(find<QPushButton>(window, "heatMapShowAllButton"), Qt::LeftButton);
    CHECK_FALSE(map->hasSelection());
    CHECK(model->rowCount() == window.session().reg().risks().count());
}

TEST_CASE_METHOD(RiskWindow,
                 "An empty risk title is refused with a message next to the form and nothing is written",
                 "[gui][risk]")
{
    Register& reg = window.session().reg();
    const Risk before = model->rowAt(0)->risk;
    const qint64 historyBefore = reg.history().count();

    auto* title = find<QLineEdit>(window, "riskTitleEdit");
    auto* message = find<MessageLabel>(window, "riskMessage");
    REQUIRE(title->text() == before.title);
    CHECK(message->isHidden());
    test::clearByKeys(title);
    QTest::mouseClick(find<QPushButton>(window, "riskApplyButton"), Qt::LeftButton);

    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("rubrik")));
    CHECK(reg.risks().get(before.id).title == before.title);
    CHECK(reg.risks().get(before.id).rowVersion == before.rowVersion);
    CHECK(reg.history().count() == historyBefore);
    CHECK(undoStack()->count() == 0);
    CHECK(title->hasFocus());

    // Reset shows what is stored and takes the message away.
    QTest::mouseClick(find<QPushButton>(window, "riskResetButton"), Qt::LeftButton);
    CHECK(title->text() == before.title);
    CHECK(message->isHidden());
}

TEST_CASE_METHOD(RiskWindow, "A new risk is added, listed and counted, and undo takes it away again",
                 "[gui][risk]")
{
    Register& reg = window.session().reg();
    const qint64 risksBefore = reg.risks().count();
    auto* map = find<HeatMapWidget>(window, "riskHeatMap");

    QTest::mouseClick(find<QPushButton>(window, "addRiskButton"), Qt::LeftButton);
    auto* title = find<QLineEdit>(window, "riskTitleEdit");
    CHECK(title->text().isEmpty());
    test::typeText(title, QStringLiteral("Obehöriga i garaget nattetid"));
    auto* unit = find<QComboBox>(window, "riskUnitCombo");
    unit->setCurrentIndex(1);
    auto* likelihood = find<QComboBox>(window, "riskLikelihoodCombo");
    auto* consequence = find<QComboBox>(window, "riskConsequenceCombo");
    likelihood->setCurrentIndex(likelihood->findData(2));
    consequence->setCurrentIndex(consequence->findData(3));
    const int cellBefore = map->count(2, 3);
    QTest::mouseClick(find<QPushButton>(window, "riskApplyButton"), Qt::LeftButton);

    CHECK(find<MessageLabel>(window, "riskMessage")->isHidden());
    REQUIRE(reg.risks().count() == risksBefore + 1);
    CHECK(map->count(2, 3) == cellBefore + 1);
    CHECK(model->rowCount() == risksBefore + 1);
    const qint64 id = model->rowAt(table->currentIndex().row())->risk.id;
    CHECK(reg.risks().get(id).title == QStringLiteral("Obehöriga i garaget nattetid"));

    undoStack()->undo();
    CHECK(reg.risks().count() == risksBefore);
    CHECK(map->count(2, 3) == cellBefore);
    CHECK_FALSE(reg.risks().find(id));
}

TEST_CASE("A finding of a security walk becomes a linked risk in one undoable step", "[gui][risk]")
{
    test::TempRegisterFile file;
    RegisterSession session;
    session.setRegister(Register::open(file.path()));
    Register& reg = session.reg();
    const SecurityWalk walk = reg.securityWalks().list(0).front();
    WalkFinding finding;
    for (const WalkFinding& f : reg.walkFindings().ofWalk(walk.id))
        if (f.riskId == 0)
            finding = f;
    REQUIRE(finding.id != 0);
    const qint64 risksBefore = reg.risks().count();

    Risk risk;
    risk.title = finding.description;
    risk.unitId = reg.risks().list(RiskQuery()).front().risk.unitId;
    risk.siteId = walk.siteId;
    risk.categoryId = reg.riskCategories().all().front().id;
    risk.likelihood = 3;
    risk.consequence = 3;
    risk.assessedOn = walk.walkedOn;
    // Views hear of each step once, with every row it touched, from core: the command says nothing.
    QSignalSpy changed(&session, &RegisterSession::changed);
    auto* command =
        CreateCommand::riskFromFinding(session, finding.id, risk, QStringLiteral("Gör till risk"));
    REQUIRE(session.execute(command));
    const qint64 riskId = command->createdId();
    CHECK(reg.walkFindings().get(finding.id).riskId == riskId);
    CHECK(reg.risks().count() == risksBefore + 1);
    REQUIRE(changed.count() == 1);
    const auto made = changed.takeFirst().first().value<ChangeSet>();
    REQUIRE(made.rowsOf(Risk::spec()).size() == 1);
    CHECK(made.rowsOf(Risk::spec()).front().id == riskId);
    CHECK(made.rowsOf(Risk::spec()).front().kind == ChangeSet::Kind::Created);
    REQUIRE(made.rowsOf(WalkFinding::spec()).size() == 1);
    CHECK(made.rowsOf(WalkFinding::spec()).front().id == finding.id);

    session.undoStack()->undo();
    REQUIRE(changed.count() == 1);
    const auto undone = changed.takeFirst().first().value<ChangeSet>();
    CHECK(undone.rowsOf(Risk::spec()).front().kind == ChangeSet::Kind::Removed);
    CHECK(undone.touches(WalkFinding::spec()));
    CHECK(reg.walkFindings().get(finding.id).riskId == 0);
    CHECK_FALSE(reg.risks().find(riskId));
    CHECK(reg.risks().count() == risksBefore);

    session.undoStack()->redo();
    CHECK(changed.count() == 1);
    CHECK(reg.walkFindings().get(finding.id).riskId == riskId);
    CHECK(reg.risks().get(riskId).title == finding.description);

    // A finding already linked is refused, and nothing is pushed.
    CommandFailure failure;
    CHECK_FALSE(session.execute(
        CreateCommand::riskFromFinding(session, finding.id, risk, QStringLiteral("igen")), &failure));
    CHECK_FALSE(failure.message.isEmpty());
    CHECK(session.undoStack()->count() == 1);
}

TEST_CASE_METHOD(RiskWindow, "Threat assessments appear nowhere in the risk area until asked for",
                 "[gui][risk]")
{
    REQUIRE(window.session().reg().threatAssessments().count() > 0);
    const QString subject = window.session().reg().threatAssessments().listRestricted(0).front().subject;
    CHECK(window.findChild<QWidget*>(QStringLiteral("threatsTab")) == nullptr);
    // No text on screen in the risk area names the threatened person.
    for (QWidget* widget : find<RiskArea>(window, "riskArea")->findChildren<QWidget*>()) {
        if (auto* edit = qobject_cast<QLineEdit*>(widget))
            CHECK_FALSE(edit->text().contains(subject));
        if (auto* label = qobject_cast<QLabel*>(widget))
            CHECK_FALSE(label->text().contains(subject));
    }
    CHECK(find<QPushButton>(window, "threatAssessmentsButton")
              ->text()
              .contains(QStringLiteral("hotbildsbedömningar")));
}

TEST_CASE("With consequence dimensions the editor asks for each, and the worst one counts", "[gui][risk]")
{
    test::TempRegisterFile file;
    MainWindow window;
    REQUIRE(window.openFile(file.path()));
    RegisterSession& session = window.session();
    Register& reg = session.reg();
    RiskMatrix matrix = reg.riskMatrix().current();
    matrix.setDimensions(
        {{QStringLiteral("liv"), {QStringLiteral("Liv och hälsa"), QStringLiteral("Life and health")}},
         {QStringLiteral("verksamhet"), {QStringLiteral("Verksamhet"), QStringLiteral("Operations")}}});
    reg.riskMatrix().save(matrix);

    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showArea(QStringLiteral("risk"));
    auto* table = find<QTableView>(window, "riskTable");
    auto* model = qobject_cast<RiskTableModel*>(table->model());
    // A risk whose consequence is not already the top of the scale, so that it can rise.
    int row = 0;
    while (row < model->rowCount() && model->rowAt(row)->risk.consequence >= matrix.consequenceSize())
        ++row;
    REQUIRE(row < model->rowCount());
    table->setCurrentIndex(model->index(row, 0));
    const Risk before = model->rowAt(row)->risk;

    CHECK(window.findChild<QComboBox*>(QStringLiteral("riskConsequenceCombo")) == nullptr);
    auto* life = find<QComboBox>(window, "riskConsequencelivCombo");
    auto* operations = find<QComboBox>(window, "riskConsequenceverksamhetCombo");
    CHECK(life->currentData().toInt() == before.consequence);
    CHECK(operations->currentData().toInt() == before.consequence);

    const int worse = before.consequence + 1;
    operations->setCurrentIndex(operations->findData(worse));
    CHECK(find<QLabel>(window, "riskLevelLabel")
              ->text()
              .contains(QStringLiteral("%1 × %2").arg(before.likelihood).arg(worse)));
    QTest::mouseClick(find<QPushButton>(window, "riskApplyButton"), Qt::LeftButton);

    const Risk after = reg.risks().get(before.id);
    CHECK(after.consequenceByDimension.value(QStringLiteral("liv")) == before.consequence);
    CHECK(after.consequenceByDimension.value(QStringLiteral("verksamhet")) == worse);
    CHECK(after.consequence == worse);
    CHECK(after.level == matrix.levelOf(before.likelihood, worse));
}

TEST_CASE_METHOD(RiskWindow,
                 "A reassessed risk is offered today as its assessment date and its next review follows",
                 "[gui][risk]")
{
    Register& reg = window.session().reg();
    const Risk before = model->rowAt(0)->risk;
    REQUIRE(before.assessedOn != QDate::currentDate());
    auto* today = find<QPushButton>(window, "riskAssessTodayButton");
    auto* assessed = find<QDateEdit>(window, "riskAssessedDateEdit");
    CHECK_FALSE(today->isVisible());

    // Another field changed: no offer.
    find<QLineEdit>(window, "riskTitleEdit")->setText(before.title + QStringLiteral(" (ändrad)"));
    CHECK_FALSE(today->isVisible());

    // The likelihood changed: the offer; taking it dates the assessment today.
    auto* likelihood = find<QComboBox>(window, "riskLikelihoodCombo");
    const int l1 = before.likelihood > 1 ? before.likelihood - 1 : before.likelihood + 1;
    likelihood->setCurrentIndex(likelihood->findData(l1));
    REQUIRE(today->isVisible());
    QTest::mouseClick(today, Qt::LeftButton);
    CHECK(assessed->date() == QDate::currentDate());
    CHECK_FALSE(today->isVisible());
    QTest::mouseClick(find<QPushButton>(window, "riskApplyButton"), Qt::LeftButton);
    const Risk after = reg.risks().get(before.id);
    CHECK(after.likelihood == l1);
    CHECK(after.assessedOn == QDate::currentDate());
    CHECK(after.nextReview == QDate::currentDate().addMonths(after.reviewMonths));
    CHECK_FALSE(after.isReviewOverdue(QDate::currentDate()));

    // Left alone, the date stays as it was.
    undoStack()->undo();
    REQUIRE(reg.risks().get(before.id).assessedOn == before.assessedOn);
    likelihood->setCurrentIndex(likelihood->findData(l1));
    REQUIRE(today->isVisible());
    QTest::mouseClick(find<QPushButton>(window, "riskApplyButton"), Qt::LeftButton);
    CHECK(reg.risks().get(before.id).likelihood == l1);
    CHECK(reg.risks().get(before.id).assessedOn == before.assessedOn);
}
