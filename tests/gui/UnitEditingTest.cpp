#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Register.h"
#include "RegisterSession.h"
#include "organisation/UnitTreeModel.h"
#include "widgets/MessageLabel.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace sakra;
using namespace sakra::gui;
using sakra::test::find;

namespace {
// The demo register with the first unit below the top of the tree (a board in the demo
// municipality) chosen in the tree.
struct UnitWindow : test::DemoWindow
{
    const qint64 id = test::selectFirstUnit(window);
    QTreeView* tree = find<QTreeView>(window, "unitTree");
    QLineEdit* nameEdit = find<QLineEdit>(window, "unitNameEdit");
};
} // namespace

TEST_CASE_METHOD(UnitWindow, "A unit renamed in the detail editor can be undone and redone",
                 "[gui][organisation]")
{
    Register& reg = window.session().reg();
    const QString oldName = reg.units().get(id).name;
    REQUIRE(nameEdit->text() == oldName);
    nameEdit->setFocus();
    nameEdit->selectAll();
    const QString newName = QStringLiteral("Nämnden för prövning");
    test::typeText(nameEdit, newName);
    REQUIRE(nameEdit->text() == newName);
    QTest::mouseClick(find<QPushButton>(window, "unitApplyButton"), Qt::LeftButton);

    CHECK(reg.units().get(id).name == newName);
    CHECK(tree->currentIndex().data().toString() == newName);
    CHECK(undoStack()->count() == 1);

    auto* undo = find<QAction>(window, "undoAction");
    auto* redo = find<QAction>(window, "redoAction");
    REQUIRE(undo->isEnabled());
    undo->trigger();
    CHECK(reg.units().get(id).name == oldName);
    CHECK(nameEdit->text() == oldName);
    CHECK(tree->currentIndex().data().toString() == oldName);

    REQUIRE(redo->isEnabled());
    redo->trigger();
    CHECK(reg.units().get(id).name == newName);
    CHECK(nameEdit->text() == newName);
}

TEST_CASE_METHOD(UnitWindow, "An empty unit name is refused with a message and changes nothing",
                 "[gui][organisation]")
{
    Register& reg = window.session().reg();
    const OrgUnit before = reg.units().get(id);
    const qint64 historyBefore = reg.history().count();

    auto* message = find<MessageLabel>(window, "unitMessage");
    CHECK(message->isHidden());
    test::clearByKeys(nameEdit);
    QTest::mouseClick(find<QPushButton>(window, "unitApplyButton"), Qt::LeftButton);

    CHECK(message->isVisible());
    CHECK_FALSE(message->text().isEmpty());
    CHECK(reg.units().get(id).name == before.name);
    CHECK(reg.units().get(id).rowVersion == before.rowVersion);
    CHECK(reg.history().count() == historyBefore);
    CHECK(undoStack()->count() == 0);
    CHECK_FALSE(find<QAction>(window, "undoAction")->isEnabled());
    // The cursor is put back where the problem is.
    CHECK(nameEdit->hasFocus());
}
