// Times the risk area on a large register: showing it, refiltering, sorting, scrolling, choosing
// a heat-map cell, a new scope, and (with --matrix) saving and undoing a matrix change.
// Usage: sakra-risk-timing REGISTER [--matrix]   (make one with sakra-cli generate FILE --scale stockholm)
#include "ApplicationSetup.h"
#include "MainWindow.h"
#include "Register.h"
#include "RegisterSession.h"
#include "ScreenshotSupport.h"
#include "risk/RegradePreview.h"
#include "risk/RiskArea.h"
#include "risk/RiskHeatMapPanel.h"
#include "risk/RiskListTab.h"
#include "risk/RiskTableModel.h"
#include "widgets/HeatMapWidget.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTextStream>
#include <QThread>
#include <functional>

using namespace sakra;
using namespace sakra::gui;

namespace {

qint64 timed(const QString& what, const std::function<void()>& step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    test::shots::runEventLoop();
    const qint64 ms = timer.elapsed();
    QTextStream(stdout) << QStringLiteral("%1: %2 ms").arg(what, -52).arg(ms, 6) << Qt::endl;
    return ms;
}

int timeRiskArea(const QStringList& args)
{
    MainWindow window;
    window.resize(1440, 900);
    window.show();
    test::shots::runEventLoop();
    timed(QStringLiteral("open register (organisation area on screen)"),
          [&] { window.openFile(args.at(1)); });
    RegisterSession& session = window.session();
    QTextStream(stdout) << "risks in register: " << session.reg().risks().count() << Qt::endl;

    timed(QStringLiteral("show the risk area (list, heat map, counts)"),
          [&] { window.showArea(QStringLiteral("risk")); });
    auto* area = window.findChild<RiskArea*>();
    RiskListTab* list = area->riskList();
    QTableView* table = list->table();
    timed(QStringLiteral("select the first risk (editor filled)"),
          [&] { table->setCurrentIndex(table->model()->index(0, 0)); });
    timed(QStringLiteral("select the second risk"),
          [&] { table->setCurrentIndex(table->model()->index(1, 0)); });

    auto* category = window.findChild<QComboBox*>(QStringLiteral("riskCategoryFilter"));
    timed(QStringLiteral("filter by category"), [&] {
        category->setCurrentIndex(1);
        Q_EMIT category->activated(1);
    });
    auto* level = window.findChild<QComboBox*>(QStringLiteral("riskLevelFilter"));
    timed(QStringLiteral("filter by level too"), [&] {
        level->setCurrentIndex(level->count() - 1);
        Q_EMIT level->activated(level->count() - 1);
    });
    timed(QStringLiteral("clear the filters"), [&] {
        category->setCurrentIndex(0);
        Q_EMIT category->activated(0);
        level->setCurrentIndex(0);
        Q_EMIT level->activated(0);
    });
    auto* overdue = window.findChild<QAbstractButton*>(QStringLiteral("riskOverdueFilter"));
    timed(QStringLiteral("overdue reviews only"), [&] { overdue->setChecked(true); });
    timed(QStringLiteral("all again"), [&] { overdue->setChecked(false); });
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("riskSearchEdit"));
    {
        // The filter waits for a pause in typing (250 ms); what is timed is the query after it.
        bool reset = false;
        const auto connection =
            QObject::connect(list->model(), &QAbstractItemModel::modelReset, [&reset] { reset = true; });
        QElapsedTimer timer;
        timer.start();
        search->setText(QStringLiteral("våld"));
        while (!reset && timer.elapsed() < 60000) {
            QCoreApplication::processEvents();
            QThread::msleep(1);
        }
        test::shots::runEventLoop();
        QObject::disconnect(connection);
        QTextStream(stdout) << QStringLiteral("%1: %2 ms")
                                   .arg(
                                       QStringLiteral("free text \"våld\" (without the 250 ms typing pause)"),
                                       -52)
                                   .arg(timer.elapsed() - 250, 6)
                            << Qt::endl;
    }
    search->clear();
    test::shots::runEventLoop();

    HeatMapWidget* map = list->heatMapPanel()->heatMap();
    timed(QStringLiteral("choose heat-map cell 3 × 3"), [&] { map->selectCell(3, 3); });
    timed(QStringLiteral("let go of the cell"), [&] { map->clearSelection(); });
    timed(QStringLiteral("sort by title"),
          [&] { table->sortByColumn(RiskTableModel::TitleColumn, Qt::AscendingOrder); });
    timed(QStringLiteral("sort by next review"),
          [&] { table->sortByColumn(RiskTableModel::NextReviewColumn, Qt::DescendingOrder); });
    timed(QStringLiteral("scroll to the end of the first page (fetch next page)"),
          [&] { table->scrollToBottom(); });

    auto* scope = window.findChild<QComboBox*>(QStringLiteral("scopeSelector"));
    if (scope && scope->count() > 1) {
        timed(QStringLiteral("scope: first branch"), [&] {
            scope->setCurrentIndex(1);
            Q_EMIT scope->activated(1);
        });
        timed(QStringLiteral("scope: whole municipality"), [&] {
            scope->setCurrentIndex(0);
            Q_EMIT scope->activated(0);
        });
    }

    if (args.contains(QStringLiteral("--matrix"))) {
        Register& reg = session.reg();
        const RiskMatrix before = reg.riskMatrix().current();
        RiskMatrix after = before;
        after.resize(before.likelihoodSize(), before.consequenceSize() - 1);
        auto levels = after.levels();
        levels.back().minScore =
            std::min(levels.back().minScore, after.likelihoodSize() * after.consequenceSize());
        after.setLevels(levels);
        int affected = 0;
        timed(QStringLiteral("matrix: count the risks a change re-grades"),
              [&] { affected = RegradePreview::changedRisks(reg.riskMatrix().grades(), before, after); });
        QTextStream(stdout) << "  risks re-graded: " << affected << Qt::endl;
        // In the program both run on a worker thread (RegradeRunner); here the core work is timed.
        RiskMatrixRepository::Undo undo;
        int changed = 0;
        timed(QStringLiteral("matrix: save (snapshot and re-grade)"),
              [&] { changed = reg.riskMatrix().save(after, {}, &undo); });
        QTextStream(stdout) << "  risks written: " << changed << Qt::endl;
        timed(QStringLiteral("matrix: undo (restore every risk)"),
              [&] { reg.riskMatrix().restore(undo.matrix, undo.grades); });
    }
    window.close();
    return 0;
}
} // namespace

int main(int argc, char* argv[])
{
    return test::shots::runTiming(argc, argv, QStringLiteral("sakra-risk-timing"),
                                  QStringLiteral("REGISTER [--matrix]"), timeRiskArea);
}
