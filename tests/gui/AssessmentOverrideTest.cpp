#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Register.h"
#include "RegisterSession.h"
#include "assessment/AssessmentArea.h"
#include "assessment/AssessmentDetailPanel.h"
#include "assessment/AssessmentRules.h"
#include "assessment/AssessmentTableModel.h"
#include "widgets/MessageLabel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace sakra;
using namespace sakra::gui;

TEST_CASE_METHOD(
    test::DemoWindow,
    "The self-assessment table answers every question per board, and an override needs a justification "
    "and undoes",
    "[gui][assessment]")
{
    activateOn("assessment");
    auto* area = window.findChild<AssessmentArea*>();
    REQUIRE(area);
    AssessmentTableModel* model = area->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() > 0);
    CHECK(model->columnCount() == 1 + int(AssessmentRules::questions().size()));

    // Each level lists what the engine rolled up.
    auto* level = area->levelCombo();
    level->setCurrentIndex(level->findData(int(AssessmentTableModel::Level::Units)));
    CHECK(model->rowCount() == int(model->assessment().units.size()));
    level->setCurrentIndex(level->findData(int(AssessmentTableModel::Level::Boards)));
    CHECK(model->rowCount() == int(model->assessment().boards.size()));

    // Find an applicable cell; its answer is in words and coloured.
    QModelIndex cell;
    for (int row = 0; row < model->rowCount() && !cell.isValid(); ++row)
        for (int column = 1; column < model->columnCount() && !cell.isValid(); ++column)
            if (const QuestionAnswer* a = model->answerAt(model->index(row, column)); a && a->applicable)
                cell = model->index(row, column);
    REQUIRE(cell.isValid());
    const QuestionAnswer computed = *model->answerAt(cell);
    CHECK(cell.data().toString() == kAssessmentAnswers.label(computed.answer));
    CHECK(cell.data(Qt::BackgroundRole).isValid());
    area->table()->setCurrentIndex(cell);
    AssessmentDetailPanel* detail = area->detailPanel();
    CHECK(detail->question() == computed.question);
    CHECK(detail->answerLabel()->text().contains(kAssessmentAnswers.label(computed.answer)));

    // Another answer without a justification is refused, with the reason shown.
    const AssessmentAnswer other =
        computed.answer == AssessmentAnswer::Yes ? AssessmentAnswer::Partly : AssessmentAnswer::Yes;
    detail->overrideCombo()->setCurrentIndex(detail->overrideCombo()->findData(int(other)));
    detail->justificationEdit()->clear();
    QTest::mouseClick(detail->overrideButton(), Qt::LeftButton);
    CHECK(detail->messageLabel()->isVisible());
    CHECK(detail->messageLabel()->text().contains(QStringLiteral("motivering")));
    CHECK(undoStack()->count() == 0);

    detail->justificationEdit()->setPlainText(QStringLiteral("Rutinen gicks igenom på APT i förra veckan."));
    QTest::mouseClick(detail->overrideButton(), Qt::LeftButton);
    REQUIRE(undoStack()->count() == 1);
    const qint64 unitId = model->unitIdAt(cell.row());
    const auto saved = window.session().reg().assessmentOverrides().of(unitId, computed.question);
    REQUIRE(saved);
    CHECK(saved->answer == other);
    // The table shows it as overridden, in words.
    const QModelIndex after =
        model->index(model->rowOf(unitId), AssessmentTableModel::columnOf(computed.question));
    CHECK(after.data().toString().contains(QStringLiteral("ändrat")));
    CHECK(after.data(AssessmentTableModel::OverriddenRole).toBool());
    CHECK(detail->removeOverrideButton()->isEnabled());

    undoStack()->undo();
    CHECK_FALSE(window.session().reg().assessmentOverrides().of(unitId, computed.question));
    const QModelIndex undone =
        model->index(model->rowOf(unitId), AssessmentTableModel::columnOf(computed.question));
    CHECK(undone.data().toString() == kAssessmentAnswers.label(computed.answer));
}

TEST_CASE_METHOD(test::DemoWindow, "The self-assessment as of a chosen day, and the municipality as a whole",
                 "[gui][assessment][asof]")
{
    activateOn("assessment");
    auto* area = window.findChild<AssessmentArea*>();
    REQUIRE(area);
    AssessmentTableModel* model = area->model();
    QDateEdit* asOf = area->asOfEdit();
    REQUIRE(asOf);
    const QDate today = QDate::currentDate();
    CHECK(asOf->date() == today);
    CHECK(asOf->maximumDate() == today); // a day to come has nothing recorded yet
    CHECK(model->assessment().asOf == today);

    // A year back: the engine answers as of that day, and the summary says so.
    const QDate yearBack = today.addYears(-1);
    asOf->setDate(yearBack);
    CHECK(model->assessment().asOf == yearBack);
    auto* summary = window.findChild<QLabel*>(QStringLiteral("assessmentSummaryLabel"));
    REQUIRE(summary);
    CHECK(summary->text().contains(yearBack.toString(QStringLiteral("yyyy-MM-dd"))));

    // The municipality as a whole: one row, every unit weighed together.
    auto* level = area->levelCombo();
    level->setCurrentIndex(level->findData(int(AssessmentTableModel::Level::Municipality)));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->nameAt(0) == QStringLiteral("Lindvalla kommun"));
    const QuestionAnswer* analysis =
        model->answerAt(model->index(0, AssessmentTableModel::columnOf(QStringLiteral("analysis"))));
    REQUIRE(analysis);
    int counted = 0;
    for (int n : analysis->unitCounts)
        counted += n;
    int applicable = 0;
    for (const UnitAssessment& u : model->assessment().units)
        applicable += u.answers.front().applicable ? 1 : 0;
    CHECK(counted == applicable);

    // Today, at a unit of the low-risk administration: the requirements set aside are shown with
    // the assessment they rest on.
    asOf->setDate(today);
    level->setCurrentIndex(level->findData(int(AssessmentTableModel::Level::Units)));
    const qint64 library =
        window.session().reg().units().idsNamed(QStringLiteral("Stadsbiblioteket")).value(0);
    const int row = model->rowOf(library);
    REQUIRE(row >= 0);
    area->table()->setCurrentIndex(
        model->index(row, AssessmentTableModel::columnOf(QStringLiteral("prevention"))));
    auto* reasons = window.findChild<QLabel*>(QStringLiteral("assessmentReasonsLabel"));
    REQUIRE(reasons);
    CHECK(reasons->text().contains(QStringLiteral("Krävs inte")));
    CHECK(reasons->text().contains(QStringLiteral("Låg risk enligt riskbedömning")));
}
