#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Register.h"
#include "RegisterSession.h"
#include "risk/RiskMatrixDialog.h"
#include "storage/Transaction.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRandomGenerator>
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

struct Grades
{
    int likelihood, consequence, residualLikelihood, residualConsequence, level, residualLevel;
    bool operator==(const Grades&) const = default;
};

std::map<qint64, Grades> gradesOf(Register& reg)
{
    std::map<qint64, Grades> out;
    for (const RiskRow& row : reg.risks().list(RiskQuery())) {
        const Risk& r = row.risk;
        out[r.id] = {r.likelihood,          r.consequence, r.residualLikelihood,
                     r.residualConsequence, r.level,       r.residualLevel};
    }
    return out;
}

// Watches the event loop while it lives: the longest time between two turns of a 10 ms timer, and
// whether the re-grading's progress dialog was on screen at a turn. Answers the question before
// saving with Yes.
class LoopWatch
{
public:
    LoopWatch()
    {
        m_since.start();
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longest = std::max(m_longest, m_since.restart());
            bool shown = false;
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (auto* progress = qobject_cast<QProgressDialog*>(w);
                    progress && progress->objectName() == QLatin1String("regradeProgress") &&
                    progress->isVisible())
                    shown = true;
                if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible())
                    QTimer::singleShot(0, box->button(QMessageBox::Yes), &QPushButton::click);
            }
            m_progressGone = m_progressSeen && !shown;
            m_progressSeen |= shown;
        });
        m_timer.start(10);
    }

    qint64 longestMs() const { return m_longest; }
    bool progressSeen() const { return m_progressSeen; }
    // The progress dialog came and went: the work is done. (Asking the register instead would
    // wait on the worker's lock on the file, in this thread.)
    bool done() const { return m_progressGone; }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    qint64 m_longest = 0;
    bool m_progressSeen = false;
    bool m_progressGone = false;
};

} // namespace

TEST_CASE_METHOD(
    sakra::test::DemoWindow,
    "A matrix change on 10,000 risks leaves the window responsive, shows progress and undoes exactly",
    "[gui][risk][regrade]")
{
    Register& reg = this->reg();
    {
        // 10,000 risks besides the demo's, graded all over the matrix.
        const RiskRow sample = reg.risks().list(RiskQuery()).front();
        QRandomGenerator random(20261130);
        Transaction tx(reg.database());
        for (int i = 0; i < 10000; ++i) {
            Risk r;
            r.unitId = sample.risk.unitId;
            r.categoryId = sample.risk.categoryId;
            r.title = QStringLiteral("Risk %1").arg(i);
            r.likelihood = 1 + int(random.bounded(5));
            r.consequence = 1 + int(random.bounded(5));
            if (random.bounded(2)) {
                r.residualLikelihood = 1 + int(random.bounded(5));
                r.residualConsequence = 1 + int(random.bounded(5));
            }
            r.assessedOn = QDate(2026, 1, 15);
            r.reviewMonths = 12;
            reg.risks().create(r);
        }
        tx.commit();
    }
    activateOn("risk");
    const std::map<qint64, Grades> before = gradesOf(reg);
    REQUIRE(before.size() >= 10000);
    const RiskMatrix original = reg.riskMatrix().current();

    RiskMatrixDialog dialog(window.session(), &window);
    dialog.show();
    find<QSpinBox>(dialog, "matrixLikelihoodSizeSpin")->setValue(3);
    auto* levels = find<QTableWidget>(dialog, "matrixLevelsTable");
    levels->item(levels->rowCount() - 1, 3)->setData(Qt::EditRole, 13);
    const RiskMatrix after = dialog.edited();
    REQUIRE(after.problem().isEmpty());

    // What the rules give for every risk: likelihood from 5 steps to 3, levels from the new matrix.
    std::map<qint64, Grades> expected;
    for (const auto& [id, g] : before) {
        Grades e = g;
        e.likelihood = RiskMatrix::rescale(g.likelihood, 5, 3);
        e.level = std::max(0, after.levelOf(e.likelihood, e.consequence));
        if (g.residualLikelihood > 0) {
            e.residualLikelihood = RiskMatrix::rescale(g.residualLikelihood, 5, 3);
            e.residualLevel = std::max(0, after.levelOf(e.residualLikelihood, e.residualConsequence));
        }
        expected[id] = e;
    }

    {
        LoopWatch watch;
        QTest::mouseClick(find<QPushButton>(dialog, "matrixSaveButton"), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 60000));
        QTest::qWait(100); // the views read again
        CHECK(watch.progressSeen());
        CHECK(watch.longestMs() < 100);
    }
    CHECK(reg.riskMatrix().current() == after);
    CHECK(gradesOf(reg) == expected);
    REQUIRE(window.session().undoStack()->count() == 1);

    {
        LoopWatch watch;
        window.session().undoStack()->undo();
        REQUIRE(QTest::qWaitFor([&] { return watch.done(); }, 60000));
        QTest::qWait(100);
        CHECK(watch.progressSeen());
        CHECK(watch.longestMs() < 100);
    }
    CHECK(reg.riskMatrix().current() == original);
    CHECK(gradesOf(reg) == before);

    {
        LoopWatch watch;
        window.session().undoStack()->redo();
        REQUIRE(QTest::qWaitFor([&] { return watch.done(); }, 60000));
        QTest::qWait(100);
        CHECK(watch.progressSeen());
        CHECK(watch.longestMs() < 100);
    }
    CHECK(reg.riskMatrix().current() == after);
    CHECK(gradesOf(reg) == expected);
}
