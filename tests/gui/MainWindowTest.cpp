#include "MainWindow.h"

#include "GuiTestSupport.h"
#include "Register.h"
#include "RegisterSession.h"
#include "commands/CreateEntityCommand.h"
#include "organisation/Site.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace sakra;
using namespace sakra::gui;

TEST_CASE_METHOD(test::DemoWindow, "The main window shows the open file and lists the areas", "[gui]")
{
    CHECK(window.windowTitle().contains(QFileInfo(file.path()).fileName()));

    auto* areas = window.findChild<QListWidget*>(QStringLiteral("areaList"));
    REQUIRE(areas);
    REQUIRE(areas->count() == 10);
    CHECK(areas->item(0)->flags().testFlag(Qt::ItemIsEnabled));
    int planned = 0;
    for (int row = 1; row < areas->count(); ++row) {
        INFO("area row " << row);
        if (areas->item(row)->flags().testFlag(Qt::ItemIsEnabled))
            continue;
        // Areas not built yet are listed, greyed out, with a tooltip that says why.
        ++planned;
        CHECK_FALSE(areas->item(row)->toolTip().isEmpty());
    }
    // Every area is built now; one added later starts greyed out with its tooltip.
    CHECK(planned == 0);
    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("areaPages"));
    REQUIRE(pages);
    CHECK(pages->currentWidget()->objectName() == QStringLiteral("organisationArea"));
}

TEST_CASE("The scope selector lists the whole municipality and its branches", "[gui]")
{
    test::TempRegisterFile file;
    MainWindow window;
    REQUIRE(window.openFile(file.path()));
    auto* scope = window.findChild<QComboBox*>(QStringLiteral("scopeSelector"));
    REQUIRE(scope);
    REQUIRE(scope->count() > 1);
    CHECK(scope->itemData(0).toLongLong() == 0);
    const qint64 branch = scope->itemData(1).toLongLong();
    CHECK(branch > 0);
    scope->setCurrentIndex(1);
    Q_EMIT scope->activated(1);
    CHECK(window.session().scopeUnitId() == branch);

    // A unit manager narrows the scope to their own unit: every unit is listed, a school too.
    const auto units = window.session().reg().units().ofKinds({UnitKind::Unit});
    REQUIRE_FALSE(units.empty());
    CHECK(scope->count() ==
          int(window.session().reg().units().subtreeIds(window.session().reg().units().root()->id).size()));
    const int school = scope->findData(units.front().id);
    REQUIRE(school > 0);
    CHECK(scope->itemText(school) == units.front().name);
    scope->setCurrentIndex(school);
    Q_EMIT scope->activated(school);
    CHECK(window.session().scopeUnitId() == units.front().id);
}

TEST_CASE("Opening another register starts a fresh undo history", "[gui]")
{
    test::TempRegisterFile first;
    test::TempRegisterFile second;
    MainWindow window;
    REQUIRE(window.openFile(first.path()));
    Register& reg = window.session().reg();
    OrgUnit unit = *reg.units().root();
    const QString oldName = unit.name;
    OrgUnit renamed = unit;
    renamed.name = QStringLiteral("Omdöpt kommun");
    // Through the undo stack as any view would.
    window.session().undoStack()->push(new QUndoCommand(QStringLiteral("placeholder")));
    REQUIRE(window.session().undoStack()->count() == 1);

    REQUIRE(window.openFile(second.path()));
    CHECK(window.session().undoStack()->count() == 0);
    CHECK(window.session().reg().path() == second.path());
    CHECK(window.session().scopeUnitId() == 0);
}

TEST_CASE("A file that is not a register is refused and the open one stays", "[gui]")
{
    test::TempRegisterFile good;
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("inte-ett-register.sakra"));
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("det här är ingen databas");
    }
    MainWindow window;
    REQUIRE(window.openFile(good.path()));
    // The refusal is a message box; close it as a person would.
    QTimer::singleShot(0, [] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* box = qobject_cast<QMessageBox*>(w))
                box->accept();
    });
    CHECK_FALSE(window.openFile(bad));
    CHECK(window.session().reg().path() == good.path());
}

TEST_CASE("Qt's own dialogs and standard buttons speak Swedish", "[gui]")
{
    // The standard buttons come from our catalogue, the file and wizard dialogs from Qt's.
    QMessageBox box(QMessageBox::Question, QStringLiteral("Fråga"), QStringLiteral("Text"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    CHECK(box.button(QMessageBox::Save)->text() == QStringLiteral("Spara"));
    CHECK(box.button(QMessageBox::Cancel)->text() == QStringLiteral("Avbryt"));
    CHECK(QCoreApplication::translate("QFileDialog", "Look in:") == QStringLiteral("Leta i:"));
    CHECK(QCoreApplication::translate("QFileDialog", "Files of type:") != QStringLiteral("Files of type:"));
    CHECK(QCoreApplication::translate("QWizard", "&Finish") != QStringLiteral("&Finish"));
}

TEST_CASE_METHOD(test::DemoWindow,
                 "Undo on the toolbar keeps short words and the scope selector stays in view", "[gui]")
{
    window.resize(1280, 800);
    auto* undo = window.findChild<QAction*>(QStringLiteral("undoToolAction"));
    auto* redo = window.findChild<QAction*>(QStringLiteral("redoToolAction"));
    REQUIRE(undo);
    REQUIRE(redo);
    CHECK_FALSE(undo->isEnabled());
    const qint64 before = qint64(reg().sites().all().size());
    Site site;
    site.name = QStringLiteral("Lokalen med det mycket långa namnet som inte får skjuta undan omfattningen");
    const QString step = QStringLiteral("Lägg till lokalen ") + site.name;
    REQUIRE(window.session().execute(new CreateEntityCommand<Site>(window.session(), site, step)));

    CHECK(undo->isEnabled());
    CHECK(undo->text() == QStringLiteral("Ångra"));
    CHECK(undo->toolTip().contains(site.name));
    // The scope selector is on the toolbar itself, not in its overflow.
    QWidget* scope = test::find<QWidget>(window, "scopeSelector");
    QApplication::processEvents();
    CHECK(scope->isVisible());

    undo->trigger();
    CHECK(qint64(reg().sites().all().size()) == before);
    CHECK(redo->isEnabled());
    CHECK(redo->text() == QStringLiteral("Gör om"));
    redo->trigger();
    CHECK(qint64(reg().sites().all().size()) == before + 1);
}
