#include "GuiTestSupport.h"
#include "Register.h"
#include "RegisterSession.h"
#include "risk/RegradePreview.h"
#include "risk/RiskMatrixDialog.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <catch2/catch.hpp>
#include <map>

using namespace sakra;
using namespace sakra::gui;
using sakra::test::find;

namespace {
struct Snapshot
{
    int likelihood, consequence, residualLikelihood, residualConsequence, level, residualLevel;
    QMap<QString, int> dimensions, residualDimensions;

    bool operator==(const Snapshot& o) const
    {
        return likelihood == o.likelihood && consequence == o.consequence &&
               residualLikelihood == o.residualLikelihood && residualConsequence == o.residualConsequence &&
               level == o.level && residualLevel == o.residualLevel && dimensions == o.dimensions &&
               residualDimensions == o.residualDimensions;
    }
};

std::map<qint64, Snapshot> snapshot(Register& reg)
{
    std::map<qint64, Snapshot> out;
    for (const RiskRow& row : reg.risks().list(RiskQuery())) {
        const Risk& r = row.risk;
        out[r.id] = {r.likelihood, r.consequence,   r.residualLikelihood,     r.residualConsequence,
                     r.level,      r.residualLevel, r.consequenceByDimension, r.residualByDimension};
    }
    return out;
}

int differing(const std::map<qint64, Snapshot>& a, const std::map<qint64, Snapshot>& b)
{
    int n = 0;
    for (const auto& [id, values] : a)
        n += b.count(id) && b.at(id) == values ? 0 : 1;
    return n;
}

// Answers the next question box with Yes, once it shows (after the risks are counted on a worker
// thread), and keeps its text.
void answerYes(QString* text)
{
    auto* timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, text] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                *text = box->text();
                timer->deleteLater();
                box->button(QMessageBox::Yes)->click();
                return;
            }
    });
    timer->start(10);
}

// Waits until the register's matrix is matrix: saving, undo and redo run on a worker thread.
void waitForMatrix(Register& reg, const RiskMatrix& matrix)
{
    REQUIRE(QTest::qWaitFor([&] { return reg.riskMatrix().current() == matrix; }, 20000));
    // The worker's progress dialog has gone and its views have read again.
    QTest::qWait(50);
}
} // namespace

TEST_CASE(
    "The matrix editor refuses a matrix with a problem, saves a smaller one and undo restores every risk "
    "exactly",
    "[gui][risk]")
{
    test::TempRegisterFile file;
    RegisterSession session;
    session.setRegister(Register::open(file.path()));
    Register& reg = session.reg();
    const RiskMatrix before = reg.riskMatrix().current();
    const auto valuesBefore = snapshot(reg);
    const auto gradesBefore = reg.riskMatrix().grades();
    REQUIRE(before.likelihoodSize() == 5);

    RiskMatrixDialog dialog(session);
    dialog.show();
    auto* save = find<QPushButton>(dialog, "matrixSaveButton");
    auto* problem = find<QLabel>(dialog, "matrixProblemLabel");
    CHECK_FALSE(save->isEnabled()); // nothing changed yet
    CHECK(problem->isHidden());

    find<QSpinBox>(dialog, "matrixLikelihoodSizeSpin")->setValue(3);
    CHECK(find<QTableWidget>(dialog, "matrixLikelihoodLabels")->rowCount() == 3);
    // The highest level starts at 17 points; a 3 × 5 matrix reaches 15 at most.
    CHECK(problem->isVisible());
    CHECK(problem->text() == dialog.edited().problem());
    CHECK_FALSE(save->isEnabled());

    auto* levels = find<QTableWidget>(dialog, "matrixLevelsTable");
    levels->item(levels->rowCount() - 1, 3)->setData(Qt::EditRole, 13);
    CHECK(problem->isHidden());
    REQUIRE(save->isEnabled());

    const RiskMatrix after = dialog.edited();
    const int expected = RegradePreview::changedRisks(gradesBefore, before, after);
    REQUIRE(expected > 0);
    QString question;
    answerYes(&question);
    QTest::mouseClick(save, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 20000));

    CHECK(question.contains(QString::number(expected)));
    REQUIRE(reg.riskMatrix().current() == after);
    REQUIRE(session.undoStack()->count() == 1);
    const auto valuesAfter = snapshot(reg);
    // What the editor said beforehand is what saving did.
    CHECK(differing(valuesBefore, valuesAfter) == expected);
    for (const auto& [id, values] : valuesAfter) {
        CHECK(values.likelihood >= 1);
        CHECK(values.likelihood <= 3);
        CHECK(values.level == after.levelOf(values.likelihood, values.consequence));
    }

    session.undoStack()->undo();
    waitForMatrix(reg, before);
    CHECK(differing(valuesBefore, snapshot(reg)) == 0);

    session.undoStack()->redo();
    waitForMatrix(reg, after);
    CHECK(differing(valuesAfter, snapshot(reg)) == 0);
}

TEST_CASE("Consequence dimensions added in the matrix editor reach every risk and go again on undo",
          "[gui][risk]")
{
    test::TempRegisterFile file;
    RegisterSession session;
    session.setRegister(Register::open(file.path()));
    Register& reg = session.reg();
    const auto valuesBefore = snapshot(reg);

    RiskMatrixDialog dialog(session);
    auto* dimensions = find<QTableWidget>(dialog, "matrixDimensionsTable");
    QTest::mouseClick(find<QPushButton>(dialog, "addDimensionButton"), Qt::LeftButton);
    // A dimension without a Swedish name is a problem until it has one.
    CHECK_FALSE(find<QPushButton>(dialog, "matrixSaveButton")->isEnabled());
    dimensions->item(0, 0)->setText(QStringLiteral("liv"));
    dimensions->item(0, 1)->setText(QStringLiteral("Liv och hälsa"));
    QTest::mouseClick(find<QPushButton>(dialog, "addDimensionButton"), Qt::LeftButton);
    dimensions->item(1, 0)->setText(QStringLiteral("verksamhet"));
    dimensions->item(1, 1)->setText(QStringLiteral("Verksamhet"));
    REQUIRE(find<QPushButton>(dialog, "matrixSaveButton")->isEnabled());

    QString question;
    answerYes(&question);
    QTest::mouseClick(find<QPushButton>(dialog, "matrixSaveButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 20000));
    REQUIRE(reg.riskMatrix().current().dimensions().size() == 2);
    for (const RiskRow& row : reg.risks().list(RiskQuery())) {
        CHECK(row.risk.consequenceByDimension.value(QStringLiteral("liv")) == row.risk.consequence);
        CHECK(row.risk.consequenceByDimension.value(QStringLiteral("verksamhet")) == row.risk.consequence);
    }

    const RiskMatrix withDimensions = reg.riskMatrix().current();
    session.undoStack()->undo();
    REQUIRE(QTest::qWaitFor([&] { return !(reg.riskMatrix().current() == withDimensions); }, 20000));
    QTest::qWait(50);
    CHECK(reg.riskMatrix().current().dimensions().empty());
    CHECK(differing(valuesBefore, snapshot(reg)) == 0);
}
