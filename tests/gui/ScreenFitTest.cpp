#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "widgets/EntityEditor.h"
#include "widgets/FormScrollArea.h"
#include "widgets/ListFrame.h"

#include <QApplication>
#include <QDockWidget>
#include <QFormLayout>
#include <QHeaderView>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace sakra;
using namespace sakra::gui;
using sakra::test::find;

namespace {
const char* const kAreas[] = {"organisation", "risk",    "action", "incident",
                              "training",     "routine", "alarm",  "report"};

// Brings widget to the front of every tab widget it sits in.
void bringForward(QWidget* widget)
{
    for (QWidget* child = widget; child && child->parentWidget(); child = child->parentWidget())
        if (auto* tabs = qobject_cast<QTabWidget*>(child->parentWidget()->parentWidget()))
            tabs->setCurrentWidget(child);
}

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QTest::qWait(10);
    }
}

// How many whole rows the table has room for.
int rowRoom(const QTableView& table)
{
    return table.viewport()->height() / table.verticalHeader()->defaultSectionSize();
}
// Shows every area in turn and, in each, brings every widget of class W forward and calls check
// on those then on screen (a widget of an area left behind is not) with the area's key.
template <typename W, typename Check> void eachShown(test::DemoWindow& demo, Check check)
{
    for (const char* area : kAreas) {
        demo.activateOn(area);
        settle();
        for (W* widget : demo.window.findChildren<W*>()) {
            bringForward(widget);
            settle();
            if (widget->isVisible())
                check(area, widget);
        }
    }
}

// A list that keeps its first column in view: the table, the frozen copy of that column and the
// scroll bar that moves the list sideways.
struct WideList
{
    QTableView* table;
    QTableView* frozen;
    QScrollBar* sideways;
};

// The list of that object name on the area shown, which must be wider than its panel.
WideList wideList(test::DemoWindow& demo, const char* area, const char* tableName)
{
    demo.activateOn(area);
    settle();
    auto* table = find<QTableView>(demo.window, tableName);
    auto* frozen = table->findChild<QTableView*>(QStringLiteral("frozenFirstColumn"));
    REQUIRE(frozen);
    QScrollBar* sideways = table->horizontalScrollBar();
    REQUIRE(sideways->maximum() > 0);
    return {table, frozen, sideways};
}
} // namespace

TEST_CASE_METHOD(test::DemoWindow, "on a 1280 by 800 screen every list has room for 15 rows", "[gui][layout]")
{
    REQUIRE(window.size() == QSize(1280, 800));
    int lists = 0;
    eachShown<ListFrame>(*this, [&](const char* area, ListFrame* frame) {
        INFO("area " << area << ", list " << frame->objectName().toStdString());
        CHECK(rowRoom(*frame->table()) >= 15);
        ++lists;
    });
    // Every area's lists were looked at, the tabs of the organisation and risk areas included.
    CHECK(lists >= 15);
}

TEST_CASE_METHOD(test::DemoWindow, "on a 1280 by 800 screen no form is wider than its panel", "[gui][layout]")
{
    int forms = 0;
    eachShown<FormScrollArea>(*this, [&](const char* area, FormScrollArea* scroll) {
        INFO("area " << area << ", form " << scroll->objectName().toStdString());
        QWidget* form = scroll->widget();
        REQUIRE(form);
        CHECK(form->width() <= scroll->viewport()->width());
        CHECK(form->minimumSizeHint().width() <= scroll->viewport()->width());
        ++forms;
    });
    CHECK(forms >= 15);
}

TEST_CASE_METHOD(test::DemoWindow, "the history panel gives way on a small screen and stays on a large one",
                 "[gui][layout]")
{
    auto* dock = find<QDockWidget>(window, "historyDock");
    // A window of 800 pixels' height starts without the panel; the menu brings it back.
    CHECK_FALSE(dock->isVisible());
    find<QAction>(window, "historyAction")->trigger();
    CHECK(dock->isVisible());

    gui::MainWindow large;
    large.resize(1920, 1080);
    REQUIRE(large.openFile(file.path()));
    large.show();
    REQUIRE(QTest::qWaitForWindowExposed(&large));
    CHECK(large.findChild<QDockWidget*>(QStringLiteral("historyDock"))->isVisible());
}

TEST_CASE_METHOD(test::DemoWindow, "a wide list keeps its first column in view when scrolled sideways",
                 "[gui][layout]")
{
    // The action list is wider than its panel at 1280 by 800.
    const auto [table, frozen, sideways] = wideList(*this, "action", "actionTable");
    CHECK_FALSE(frozen->isVisible());

    sideways->setValue(sideways->maximum());
    settle();
    REQUIRE(frozen->isVisible());
    // It lies over the table's left edge, as wide as the first column, on the same rows.
    CHECK(frozen->geometry().left() <= table->frameWidth());
    CHECK(frozen->columnWidth(0) == table->columnWidth(0));
    for (int column = 1; column < table->model()->columnCount(); ++column)
        CHECK(frozen->isColumnHidden(column));
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
    settle();
    CHECK(frozen->verticalScrollBar()->value() == table->verticalScrollBar()->value());
    CHECK(frozen->rowAt(0) == table->rowAt(0));

    // A click on the frozen name reaches the list itself and selects that row there.
    const int row = table->rowAt(table->viewport()->height() / 2);
    REQUIRE(row >= 0);
    REQUIRE(table->currentIndex().row() != row);
    const QPoint onName(frozen->columnWidth(0) / 2, frozen->rowViewportPosition(row) + 4);
    QTest::mouseClick(frozen->viewport(), Qt::LeftButton, {}, onName);
    CHECK(table->currentIndex().row() == row);

    // Back at the left edge the list shows its first column itself.
    sideways->setValue(0);
    settle();
    CHECK_FALSE(frozen->isVisible());
}

TEST_CASE_METHOD(test::DemoWindow, "the self-assessment keeps the unit names in view when scrolled sideways",
                 "[gui][layout]")
{
    const auto [table, frozen, sideways] = wideList(*this, "assessment", "assessmentTable");
    sideways->setValue(sideways->maximum());
    settle();
    REQUIRE(frozen->isVisible());
    const QModelIndex first = frozen->model()->index(0, 0);
    CHECK(frozen->visualRect(first).isValid());
    CHECK(frozen->model()->data(first).toString() ==
          table->model()->data(table->model()->index(0, 0)).toString());
}

TEST_CASE_METHOD(test::DemoWindow, "Tab goes through every form as it reads, Reset and Apply last",
                 "[gui][keys]")
{
    int editors = 0;
    eachShown<EntityEditor>(*this, [&](const char* area, EntityEditor* editor) {
        INFO("area " << area << ", form " << editor->objectName().toStdString());
        // The tab stops inside the form, in the order Tab reaches them.
        QList<QWidget*> chain;
        for (QWidget* w = editor->nextInFocusChain(); w && w != editor; w = w->nextInFocusChain())
            if (editor->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && !chain.contains(w))
                chain << w;
        // Each row's field where Tab stops on it, in the order of the rows.
        QFormLayout* form = nullptr;
        for (QFormLayout* candidate : editor->findChildren<QFormLayout*>())
            if (candidate->parentWidget() == editor &&
                candidate->objectName().endsWith(QStringLiteral("Form")))
                form = candidate;
        REQUIRE(form);
        int previous = -1;
        int fields = 0;
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem* item = form->itemAt(row, QFormLayout::FieldRole);
            QWidget* field = item ? item->widget() : nullptr;
            if (!field || field->isHidden() || !(field->focusPolicy() & Qt::TabFocus))
                continue;
            const int at = int(chain.indexOf(field));
            INFO("field " << field->objectName().toStdString());
            CHECK(at > previous);
            previous = at;
            ++fields;
        }
        CHECK(fields >= 2);
        REQUIRE(chain.size() >= 2);
        CHECK(chain.at(chain.size() - 2)->objectName().endsWith(QStringLiteral("ResetButton")));
        CHECK(chain.last()->objectName().endsWith(QStringLiteral("ApplyButton")));
        ++editors;
    });
    CHECK(editors >= 12);
}
