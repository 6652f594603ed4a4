#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Register.h"
#include "RegisterSession.h"
#include "commands/CreateEntityCommand.h"
#include "organisation/Milestone.h"
#include "organisation/Site.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace sakra;
using namespace sakra::gui;
using sakra::test::find;

namespace {
// The demo register on the sites page, the first site shown.
struct SitesWindow : test::SitesList
{
    QLineEdit* name = find<QLineEdit>(window, "siteNameEdit");

    SitesWindow() { select(0); }
};
} // namespace

TEST_CASE("Leaving an edited form asks to save, and cancel, discard and save each do what they say",
          "[gui][editor]")
{
    SitesWindow w;
    const qint64 first = w.model->idAt(0);
    const qint64 second = w.model->idAt(1);
    const QString stored = w.reg().sites().get(first).name;
    REQUIRE(w.name->text() == stored);

    // Nothing typed: another row shows without a question.
    w.select(1);
    CHECK(w.name->text() == w.reg().sites().get(second).name);
    w.select(0);
    REQUIRE(w.name->text() == stored);

    w.name->setFocus();
    w.name->end(false);
    test::typeText(w.name, QStringLiteral(" (ny)"));
    const QString typed = w.name->text();
    REQUIRE(typed == stored + QStringLiteral(" (ny)"));

    SECTION("Cancel stays on the row with what was typed")
    {
        test::UnsavedAnswer answer(QMessageBox::Cancel);
        w.select(1);
        CHECK(answer.shown);
        CHECK(answer.asked.contains(stored));
        CHECK(w.table->currentIndex().row() == 0);
        CHECK(w.name->text() == typed);
        CHECK(w.reg().sites().get(first).name == stored);
    }
    SECTION("Discard shows the other row and leaves the register as it was")
    {
        test::UnsavedAnswer answer(QMessageBox::Discard);
        w.select(1);
        CHECK(answer.shown);
        CHECK(w.name->text() == w.reg().sites().get(second).name);
        CHECK(w.reg().sites().get(first).name == stored);
        CHECK(w.undoStack()->count() == 0);
    }
    SECTION("Save writes the change as one undoable step, then shows the other row")
    {
        test::UnsavedAnswer answer(QMessageBox::Save);
        w.select(1);
        CHECK(answer.shown);
        CHECK(w.reg().sites().get(first).name == typed);
        CHECK(w.undoStack()->count() == 1);
        CHECK(w.name->text() == w.reg().sites().get(second).name);
        w.undoStack()->undo();
        CHECK(w.reg().sites().get(first).name == stored);
    }
    SECTION("A save that is refused keeps the row and its message")
    {
        w.name->clear(); // a site needs a name
        test::UnsavedAnswer answer(QMessageBox::Save);
        w.select(1);
        CHECK(answer.shown);
        CHECK(w.table->currentIndex().row() == 0);
        CHECK(w.name->text().isEmpty());
        CHECK(w.reg().sites().get(first).name == stored);
    }
    SECTION("Another change in the register leaves what is typed in the form")
    {
        Milestone m;
        m.title = QStringLiteral("Rutiner för hot antagna");
        m.targetDate = QDate(2030, 6, 30);
        REQUIRE(w.window.session().execute(
            new CreateEntityCommand<Milestone>(w.window.session(), m, QStringLiteral("Ny milstolpe"))));
        CHECK(w.name->text() == typed);
        // Undoing that change does not touch the form either.
        w.undoStack()->undo();
        CHECK(w.name->text() == typed);
    }
}

TEST_CASE("A new row with something typed asks before another row is shown", "[gui][editor]")
{
    SitesWindow w;
    const qint64 sites = qint64(w.reg().sites().all().size());
    find<QPushButton>(w.window, "addSitesButton")->click();
    REQUIRE(w.name->text().isEmpty());

    // A blank new row is left without a question.
    w.select(1);
    CHECK(w.name->text() == w.reg().sites().get(w.model->idAt(1)).name);

    find<QPushButton>(w.window, "addSitesButton")->click();
    w.name->setFocus();
    test::typeText(w.name, QStringLiteral("Stadsbiblioteket"));
    test::UnsavedAnswer answer(QMessageBox::Save);
    w.select(0);
    CHECK(answer.shown);
    CHECK(qint64(w.reg().sites().all().size()) == sites + 1);
}

TEST_CASE("Another area, closing the window or another file asks first about an edited form", "[gui][editor]")
{
    SitesWindow w;
    const qint64 first = w.model->idAt(0);
    const QString stored = w.reg().sites().get(first).name;
    auto* pages = find<QStackedWidget>(w.window, "areaPages");
    auto* areas = find<QListWidget>(w.window, "areaList");
    QWidget* organisation = pages->currentWidget();
    REQUIRE(organisation->objectName() == QStringLiteral("organisationArea"));
    const int organisationRow = areas->currentRow();

    w.name->setFocus();
    w.name->end(false);
    test::typeText(w.name, QStringLiteral(" (ny)"));
    const QString typed = w.name->text();
    REQUIRE(typed != stored);

    SECTION("Cancel keeps the area, its list entry and what was typed")
    {
        test::UnsavedAnswer answer(QMessageBox::Cancel);
        w.window.showArea(QStringLiteral("risk"));
        CHECK(answer.shown);
        CHECK(pages->currentWidget() == organisation);
        CHECK(areas->currentRow() == organisationRow);
        CHECK(w.name->text() == typed);
    }
    SECTION("Discard goes to the other area and leaves the register as it was")
    {
        test::UnsavedAnswer answer(QMessageBox::Discard);
        w.window.showArea(QStringLiteral("risk"));
        CHECK(answer.shown);
        CHECK(pages->currentWidget()->objectName() == QStringLiteral("riskArea"));
        CHECK(w.reg().sites().get(first).name == stored);
        // Coming back shows the site as it is stored.
        w.window.showArea(QStringLiteral("organisation"));
        CHECK(w.name->text() == stored);
    }
    SECTION("Closing the window asks, and cancel keeps it open")
    {
        test::UnsavedAnswer answer(QMessageBox::Cancel);
        CHECK_FALSE(w.window.close());
        CHECK(answer.shown);
        CHECK(w.window.isVisible());
        CHECK(w.name->text() == typed);
    }
    SECTION("Closing the window with save writes the change first")
    {
        test::UnsavedAnswer answer(QMessageBox::Save);
        CHECK(w.window.close());
        CHECK(answer.shown);
        CHECK(w.reg().sites().get(first).name == typed);
    }
    SECTION("Another file is not opened when the user stays")
    {
        test::TempRegisterFile other;
        test::UnsavedAnswer answer(QMessageBox::Cancel);
        CHECK_FALSE(w.window.openFile(other.path()));
        CHECK(answer.shown);
        CHECK(w.reg().path() == w.file.path());
        CHECK(w.name->text() == typed);
    }
}
