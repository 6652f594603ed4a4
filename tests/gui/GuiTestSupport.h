#pragma once

#include "MainWindow.h"
#include "widgets/RecordTableModel.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QString>
#include <QTableView>
#include <QTemporaryDir>
#include <QWidget>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>
#include <optional>

namespace sakra {
class Register;
}
namespace sakra::gui {
class ListFrame;
}

class QAbstractButton;
class QLineEdit;
class QMessageBox;
class QUndoStack;

namespace sakra::test {

// A register file in a temporary folder that disappears with the object.
class TempRegisterFile
{
public:
    // demo: filled with the demo municipality (see SampleMunicipality::populateDemo).
    explicit TempRegisterFile(bool demo = true);
    QString path() const { return m_path; }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

// The demo register open without a window, for the tests of the models.
struct DemoRegister
{
    TempRegisterFile file;
    std::unique_ptr<Register> reg;

    DemoRegister();
    ~DemoRegister();
};

// Opens the register at path in the window and shows it, waiting until it is on screen; the test
// stops when either fails.
void openShown(gui::MainWindow& window, const QString& path);

// The demo register open in the main window, on screen. A test case takes it as its fixture
// (TEST_CASE_METHOD) and a window on one area derives from it.
struct DemoWindow
{
    TempRegisterFile file;
    gui::MainWindow window;

    DemoWindow();
    // Makes the window the active one (the keys and focus go to it) and shows the area named.
    void activateOn(const char* area);
    // Shows the page at index in the tab widget of that object name.
    void showTab(const char* tabs, int index);
    Register& reg();
    QUndoStack* undoStack();
    // The area on screen.
    QWidget* areaShown();
};

// The child widget of that object name; the test stops, naming it, when there is none.
template <typename T> T* find(QWidget& window, const char* name)
{
    T* widget = window.findChild<T*>(QLatin1String(name));
    INFO("widget " << name);
    REQUIRE(widget);
    return widget;
}

// The view's model as the class the page gives it; the test stops when it is another.
template <typename M> M* modelOf(QAbstractItemView* view)
{
    auto* model = qobject_cast<M*>(view->model());
    REQUIRE(model);
    return model;
}

// The demo window, active, on one area with one of its lists: the area as its class A, the table
// of that object name and its model as the class M the page gives it. A test case takes it, or a
// fixture derived from it; the test stops when the area or the model is of another class.
template <typename M = gui::RecordTableModel, typename A = QWidget> struct DemoList : DemoWindow
{
    A* area = nullptr;
    QTableView* table = nullptr;
    M* model = nullptr;

    DemoList(const char* areaName, const char* tableName)
    {
        activateOn(areaName);
        area = qobject_cast<A*>(areaShown());
        REQUIRE(area);
        table = find<QTableView>(window, tableName);
        model = modelOf<M>(table);
    }
    // Makes that row the current one.
    void select(int row) { table->setCurrentIndex(model->index(row, 0)); }
};

// The demo window on the sites page of the organisation area, with at least two sites listed.
struct SitesList : DemoList<>
{
    // The frame around the list (its row menus).
    gui::ListFrame* frame = nullptr;

    SitesList();
};

// QAbstractItemModelTester on a model that is reset. Qt 6.4's tester runs its checks, which fetch,
// from the modelReset signal before it counts the reset as finished, and then takes the fetch for a
// change inside the reset. So it watches the model between resets and is attached afresh after each.
class ResetTester
{
public:
    // attached: watching from now on; otherwise from the first reset() or attach().
    explicit ResetTester(QAbstractItemModel& model, bool attached = true);
    void attach();
    void detach() { m_tester.reset(); }
    // Runs step, which resets the model, unwatched, and watches the model again after it.
    void reset(const std::function<void()>& step);

private:
    QAbstractItemModel& m_model;
    std::optional<QAbstractItemModelTester> m_tester;
};

// Checks that a paged list model just given its query shows the first page of total rows, more
// than two pages, and has more to fetch.
void checkFirstPage(gui::RecordTableModel& model, qint64 total);

// Fetches until the model has read every row it can.
void fetchAll(QAbstractItemModel& model);
// What the model shows at row and column, as text.
QString cellText(const QAbstractItemModel& model, int row, int column);

// Sorts by every column sortable lets through, both ways, reads every row and checks each time
// that all total rows come back, none lost or repeated (idAt: the id of the row shown at a row).
void checkEverySortKeepsRows(QAbstractItemModel& model, ResetTester& tester, qint64 total,
                             const std::function<bool(int)>& sortable,
                             const std::function<qint64(int)>& idAt);

// Answers the message box of that object name once it shows, with the button choose picks, and
// keeps what it asked; shown stays false when no such box came.
struct BoxAnswer
{
    QString asked;
    bool shown = false;
    BoxAnswer(const char* boxName, std::function<QAbstractButton*(QMessageBox&)> choose);
};

// The question about unsaved changes in a form, answered Save, Discard or Cancel.
struct UnsavedAnswer : BoxAnswer
{
    explicit UnsavedAnswer(int button);
};

// The question whether to remove a row, answered yes (remove) or no.
struct RemovalAnswer : BoxAnswer
{
    explicit RemovalAnswer(bool remove);
};

// Selects the unit tree's first unit below the top (a board in the demo municipality) and returns
// its id.
qint64 selectFirstUnit(gui::MainWindow& window);

// Whether SQLite has written the rollback journal's header at path: from then on a commit is under
// way and a kill leaves a journal for the next open to roll back.
bool journalReady(const QString& path);

// Empties the line edit as a person would: focus, select all, Delete.
void clearByKeys(QLineEdit* edit);

// Types text key by key as a keyboard would, including å, ä and ö, which QTest::keyClicks
// cannot send.
void typeText(QWidget* widget, const QString& text);

} // namespace sakra::test
