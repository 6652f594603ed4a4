// Renders the action area of the main window to PNG files for a person to look at, and says how
// long the list and the overview took to come on screen. Usage:
//   sakra-action-screenshots OUTDIR [REGISTER]
// Without a register the demo municipality is used. Run under Xvfb (xvfb-run -a).
#include "ApplicationSetup.h"
#include "MainWindow.h"
#include "Register.h"
#include "RegisterSession.h"
#include "SampleMunicipality.h"
#include "ScreenshotSupport.h"
#include "action/ActionArea.h"
#include "action/ActionEditor.h"
#include "action/ActionListTab.h"
#include "action/ActionOverviewTab.h"
#include "action/ActionTableModel.h"
#include "action/ActionTimeline.h"
#include "widgets/OptionalDateEdit.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <functional>

using namespace sakra;
using namespace sakra::gui;
using namespace sakra::test::shots;

namespace {
// An action that shows the editor at its fullest: notes and risk links, overdue if possible.
qint64 richestAction(Register& reg)
{
    qint64 best = 0;
    int bestScore = -1;
    ActionQuery query;
    query.limit = 500;
    const QDate today = QDate::currentDate();
    for (const ActionRow& row : reg.actions().list(query)) {
        const int notes = int(reg.actionNotes().ofAction(row.action.id).size());
        const int links = int(reg.actionRisks().ofAction(row.action.id).size());
        const int score =
            std::min(notes, 3) * 2 + std::min(links, 2) * 3 + (row.action.isOverdue(today) ? 2 : 0);
        if (score > bestScore) {
            bestScore = score;
            best = row.action.id;
        }
    }
    return best;
}
// The demo plan keeps within every budget; one costly action due this year shows how a board over
// its allocation looks in the overview.
void addOverBudgetAction(Register& reg)
{
    const auto costs = reg.actionOverview().costPerBoardAndYear();
    const int year = QDate::currentDate().year();
    for (const BoardYearCost& c : costs) {
        if (c.year != year || c.budgetKr <= 0)
            continue;
        ActionQuery query;
        query.scopeUnitId = c.boardId;
        query.limit = 1;
        const auto rows = reg.actions().list(query);
        if (rows.empty())
            continue;
        Action a = rows.front().action;
        a.id = 0;
        a.uuid.clear();
        a.rowVersion = 0;
        a.title = QStringLiteral("Nytt passersystem i alla lokaler");
        a.status = Action::Status::Planned;
        a.doneDate = QDate();
        a.startDate = QDate(year, 1, 15);
        a.dueDate = QDate(year, 12, 20);
        a.estimatedCostKr = c.remainingKr() + 450'000;
        a.actualCostKr = 0;
        a.fitsBudget = true;
        a.needsBoardDecision = true;
        reg.actions().create(a);
        return;
    }
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const auto started = start(app, QStringLiteral("sakra-action-screenshots"),
                               QStringLiteral("OUTDIR [REGISTER]"), addOverBudgetAction);
    if (!started)
        return 2;
    const QString& folder = started->folder;
    const QString& path = started->path;
    const bool demo = started->demo;
    const QString prefix = demo ? QStringLiteral("action-") : QStringLiteral("action-large-");

    QTextStream out(stdout);
    MainWindow window;
    showWindow(window);
    QElapsedTimer clock;
    clock.start();
    if (!window.openFile(path))
        return 1;
    out << "open register: " << clock.elapsed() << " ms" << Qt::endl;
    settle();

    clock.restart();
    window.showArea(QStringLiteral("action"));
    QCoreApplication::processEvents();
    auto* area = window.findChild<ActionArea*>(QStringLiteral("actionArea"));
    if (!area)
        return 1;
    ActionListTab* list = area->listTab();
    list->repaint();
    out << "action list on screen: " << clock.elapsed() << " ms (" << list->model()->rowCount()
        << " rows read of " << list->model()->totalCount() << ")" << Qt::endl;
    int failures = 0;

    Register& reg = window.session().reg();
    const qint64 shown = richestAction(reg);
    list->showAction(shown);
    failures += !save(window, folder, prefix + QStringLiteral("01-lista"));

    // The whole editor, notes and risk links included, as one picture.
    ActionEditor* editor = list->editor();
    failures += !save(*editor, folder, prefix + QStringLiteral("02-redigering"));

    // The overview comes on screen at once with a note and is read off the GUI thread; the window
    // stays responsive meanwhile. Both moments are reported, and the longest the GUI thread was
    // held up between them, measured by a timer that should fire every 10 ms.
    ActionOverviewTab* overview = area->overviewTab();
    QEventLoop wait;
    QObject::connect(overview, &ActionOverviewTab::loaded, &wait, &QEventLoop::quit);
    StallMeter stalls;
    clock.restart();
    area->setCurrentWidget(overview);
    overview->repaint();
    out << "action overview tab on screen: " << clock.elapsed() << " ms" << Qt::endl;
    stalls.start();
    QTimer::singleShot(120'000, &wait, &QEventLoop::quit);
    if (overview->isLoading())
        wait.exec();
    stalls.stop();
    overview->repaint();
    out << "action overview figures on screen: " << clock.elapsed()
        << " ms (longest the window was held up meanwhile: " << stalls.longestMs() << " ms)" << Qt::endl;
    failures += !save(window, folder, prefix + QStringLiteral("03-oversikt"));
    // The whole overview page, the parts below the fold included.
    if (auto* page = overview->findChild<QScrollArea*>(QStringLiteral("actionOverviewScroll"))) {
        failures += !save(*page->widget(), folder, prefix + QStringLiteral("03b-oversikt-hela"));
        // The window scrolled down to the time line, as people see it there.
        page->verticalScrollBar()->setValue(overview->timeline()->parentWidget()->y() - 8);
        failures += !save(window, folder, prefix + QStringLiteral("03c-tidslinje"));
        page->verticalScrollBar()->setValue(0);
    }

    if (!demo) {
        // What the filters cost on this register: each is a query on the GUI thread.
        area->setCurrentWidget(list);
        settle();
        const auto timeFilter = [&](const char* what, const std::function<void()>& step) {
            clock.restart();
            step();
            list->repaint();
            out << what << ": " << clock.elapsed() << " ms (" << list->model()->totalCount() << " actions)"
                << Qt::endl;
        };
        auto* overdueBox = window.findChild<QCheckBox*>(QStringLiteral("actionOverdueFilter"));
        auto* soonBox = window.findChild<QCheckBox*>(QStringLiteral("actionDueSoonFilter"));
        auto* decisionBox = window.findChild<QCheckBox*>(QStringLiteral("actionNeedsDecisionFilter"));
        timeFilter("filter overdue", [&] { overdueBox->setChecked(true); });
        timeFilter("next page of overdue", [&] { list->model()->fetchMore(QModelIndex()); });
        timeFilter("filter due within 30 days", [&] { soonBox->setChecked(true); });
        timeFilter("filter needs a board decision", [&] {
            soonBox->setChecked(false);
            decisionBox->setChecked(true);
        });
        timeFilter("sort by title",
                   [&] { list->table()->sortByColumn(ActionTableModel::TitleColumn, Qt::AscendingOrder); });
        timeFilter("all again, by due date", [&] {
            decisionBox->setChecked(false);
            list->table()->sortByColumn(ActionTableModel::DueColumn, Qt::AscendingOrder);
        });
        failures += !save(window, folder, prefix + QStringLiteral("04-lista-efter-filter"));
    }

    if (demo) {
        // A due date before the start, refused next to the field.
        area->setCurrentWidget(list);
        list->showAction(shown);
        auto* start = window.findChild<OptionalDateEdit*>(QStringLiteral("actionStartDate"));
        auto* due = window.findChild<OptionalDateEdit*>(QStringLiteral("actionDueDate"));
        start->setDate(QDate(2026, 6, 1));
        due->setDate(QDate(2026, 5, 1));
        window.findChild<QPushButton*>(QStringLiteral("actionApplyButton"))->click();
        failures += !save(*editor, folder, prefix + QStringLiteral("04-validering"));
        editor->revert();

        // Only what is overdue.
        window.findChild<QWidget*>(QStringLiteral("actionOverdueFilter"))->setProperty("checked", true);
        failures += !save(window, folder, prefix + QStringLiteral("05-forsenade"));
    }

    window.close();
    return failures == 0 ? 0 : 1;
}
