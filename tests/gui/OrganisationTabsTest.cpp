#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Register.h"
#include "RegisterSession.h"
#include "commands/RemoveEntityCommand.h"
#include "organisation/UnitTreeModel.h"
#include "widgets/MessageLabel.h"
#include "widgets/UnitComboBox.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace sakra;
using namespace sakra::gui;
using sakra::test::find;

namespace {
// The real window on a demo register, shown, with the organisation tab given.
struct Fixture : test::DemoWindow
{
    explicit Fixture(int tab = 0) { find<QTabWidget>(window, "organisationArea")->setCurrentIndex(tab); }
    void undo() { find<QAction>(window, "undoAction")->trigger(); }
    void redo() { find<QAction>(window, "redoAction")->trigger(); }
};

qint64 firstAdministration(Register& reg)
{
    const auto admins = reg.units().ofKinds({UnitKind::Administration});
    REQUIRE_FALSE(admins.empty());
    return admins.front().id;
}
} // namespace

TEST_CASE("A new sub-unit is made in the editor, selected in the tree and undone", "[gui][organisation]")
{
    Fixture f;
    auto* tree = find<QTreeView>(f.window, "unitTree");
    auto* model = static_cast<UnitTreeModel*>(tree->model());
    const qint64 parent = firstAdministration(f.reg());
    tree->setCurrentIndex(model->reveal(parent));
    const qint64 before = f.reg().units().count();

    QTest::mouseClick(find<QPushButton>(f.window, "addUnitButton"), Qt::LeftButton);
    auto* name = find<QLineEdit>(f.window, "unitNameEdit");
    CHECK(name->text().isEmpty());
    test::typeText(name, QStringLiteral("Avdelningen för prov"));
    QTest::mouseClick(find<QPushButton>(f.window, "unitApplyButton"), Qt::LeftButton);

    REQUIRE(f.reg().units().count() == before + 1);
    const qint64 created = model->unitId(tree->currentIndex());
    const OrgUnit unit = f.reg().units().get(created);
    CHECK(unit.name == QStringLiteral("Avdelningen för prov"));
    CHECK(unit.parentId == parent);
    CHECK(unit.kind == UnitKind::Department);

    f.undo();
    CHECK(f.reg().units().count() == before);
    CHECK_FALSE(f.reg().units().find(created));
    CHECK_FALSE(model->reveal(created).isValid());
    f.redo();
    CHECK(f.reg().units().find(created));
    CHECK(model->reveal(created).isValid());
}

TEST_CASE("Removing a unit that others depend on is refused with core's reason", "[gui][organisation]")
{
    Fixture f;
    const qint64 admin = firstAdministration(f.reg());
    const qint64 history = f.reg().history().count();
    CommandFailure failure;
    CHECK_FALSE(f.window.session().execute(
        new RemoveEntityCommand<OrgUnit>(f.window.session(), admin, QStringLiteral("ta bort")), &failure));
    CHECK_FALSE(failure.message.isEmpty());
    CHECK(f.reg().units().find(admin));
    CHECK(f.reg().history().count() == history);
    CHECK(f.undoStack()->count() == 0);
}

TEST_CASE("Planned posts are set from the staffing tab and the change can be undone", "[gui][organisation]")
{
    Fixture f(4);
    const qint64 admin = firstAdministration(f.reg());
    auto* unit = find<QComboBox>(f.window, "staffingUnitCombo");
    auto* level = find<QComboBox>(f.window, "staffingLevelCombo");
    auto* posts = find<QSpinBox>(f.window, "staffingPostsSpin");
    static_cast<UnitComboBox*>(unit)->setUnitId(admin);
    level->setCurrentIndex(level->findData(int(SecurityLevel::Strategic)));
    const auto before = f.reg().plannedPosts().find(admin, SecurityLevel::Strategic);
    const int old = before ? before->posts : 0;
    posts->setValue(old + 3);
    QTest::mouseClick(find<QPushButton>(f.window, "staffingSetButton"), Qt::LeftButton);

    CHECK(find<MessageLabel>(f.window, "staffingMessage")->isHidden());
    REQUIRE(f.reg().plannedPosts().find(admin, SecurityLevel::Strategic));
    CHECK(f.reg().plannedPosts().find(admin, SecurityLevel::Strategic)->posts == old + 3);
    f.undo();
    const auto undone = f.reg().plannedPosts().find(admin, SecurityLevel::Strategic);
    CHECK((undone ? undone->posts : 0) == old);
}

TEST_CASE("A related post with a yearly cost paid by another board is planned and undone",
          "[gui][organisation]")
{
    Fixture f(4);
    const qint64 admin = firstAdministration(f.reg());
    const std::vector<OrgUnit> boards = f.reg().units().ofKinds({UnitKind::Board});
    REQUIRE_FALSE(boards.empty());
    const qint64 payer = boards.back().id;
    auto* unit = find<QComboBox>(f.window, "staffingUnitCombo");
    auto* level = find<QComboBox>(f.window, "staffingLevelCombo");
    auto* title = find<QLineEdit>(f.window, "staffingTitleEdit");
    auto* board = find<QComboBox>(f.window, "staffingPayerCombo");
    auto* cost = find<QSpinBox>(f.window, "staffingCostSpin");
    static_cast<UnitComboBox*>(unit)->setUnitId(admin);
    level->setCurrentIndex(level->findData(int(SecurityLevel::Related)));
    CHECK(title->isEnabled());
    // A related post needs its name: a clear message and nothing stored.
    find<QSpinBox>(f.window, "staffingPostsSpin")->setValue(1);
    QTest::mouseClick(find<QPushButton>(f.window, "staffingSetButton"), Qt::LeftButton);
    CHECK_FALSE(find<MessageLabel>(f.window, "staffingMessage")->isHidden());
    CHECK_FALSE(f.reg().plannedPosts().find(admin, SecurityLevel::Related, QString(), payer));

    title->setText(QStringLiteral("Registrator H-diariet"));
    board->setCurrentIndex(board->findData(payer));
    CHECK(cost->text() == QStringLiteral("ej kostnadsberäknad"));
    find<QSpinBox>(f.window, "staffingPostsSpin")->setValue(1);
    cost->setValue(600'000);
    QTest::mouseClick(find<QPushButton>(f.window, "staffingSetButton"), Qt::LeftButton);
    const auto post = f.reg().plannedPosts().find(admin, SecurityLevel::Related,
                                                  QStringLiteral("Registrator H-diariet"), payer);
    REQUIRE(post);
    CHECK(post->yearlyCostKr == 600'000);
    CHECK(post->posts == 1);
    CHECK(post->boardId == payer);
    f.undo();
    CHECK_FALSE(f.reg().plannedPosts().find(admin, SecurityLevel::Related,
                                            QStringLiteral("Registrator H-diariet"), payer));
}

TEST_CASE("Ticking a focus area adds it to the requirement profile, undo takes it out", "[gui][organisation]")
{
    Fixture f(5);
    auto* units = find<QListWidget>(f.window, "profileUnitList");
    auto* areas = find<QListWidget>(f.window, "profileAreaList");
    REQUIRE(units->count() > 0);
    units->setCurrentRow(0);
    const qint64 unitId = units->currentItem()->data(Qt::UserRole).toLongLong();
    int row = -1;
    for (int i = 0; i < areas->count() && row < 0; ++i)
        if (areas->item(i)->checkState() == Qt::Unchecked)
            row = i;
    REQUIRE(row >= 0);
    const qint64 areaId = areas->item(row)->data(Qt::UserRole).toLongLong();
    REQUIRE(f.reg().profileAreas().linkId(unitId, areaId) == 0);

    areas->item(row)->setCheckState(Qt::Checked);
    QTest::qWait(20); // the change is applied once the list has handled the click
    CHECK(f.reg().profileAreas().linkId(unitId, areaId) != 0);
    CHECK(areas->item(row)->checkState() == Qt::Checked);

    f.undo();
    CHECK(f.reg().profileAreas().linkId(unitId, areaId) == 0);
    CHECK(areas->item(row)->checkState() == Qt::Unchecked);
}

TEST_CASE("The history panel lists a rename of the selected unit", "[gui][organisation]")
{
    Fixture f;
    // The panel starts hidden in a window of a laptop's height; the user brings it up.
    find<QDockWidget>(f.window, "historyDock")->show();
    auto* tree = find<QTreeView>(f.window, "unitTree");
    auto* model = static_cast<UnitTreeModel*>(tree->model());
    const qint64 admin = firstAdministration(f.reg());
    tree->setCurrentIndex(model->reveal(admin));
    auto* name = find<QLineEdit>(f.window, "unitNameEdit");
    const QString old = name->text();
    name->setText(QStringLiteral("Förvaltningen med nytt namn"));
    QTest::mouseClick(find<QPushButton>(f.window, "unitApplyButton"), Qt::LeftButton);

    auto* history = find<QTreeWidget>(f.window, "historyView");
    REQUIRE(history->topLevelItemCount() >= 2);
    const QTreeWidgetItem* newest = history->topLevelItem(0);
    CHECK(newest->text(4) == old);
    CHECK(newest->text(5) == QStringLiteral("Förvaltningen med nytt namn"));
    CHECK_FALSE(newest->text(3).isEmpty());
}
