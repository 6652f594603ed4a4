#pragma once

#include "MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QString>
#include <QTemporaryDir>
#include <QWidget>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>
#include <optional>

namespace sakra {
class Register;
}

class QAbstractButton;
class QMessageBox;

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
    Register& reg();
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

// Types text key by key as a keyboard would, including å, ä and ö, which QTest::keyClicks
// cannot send.
void typeText(QWidget* widget, const QString& text);

} // namespace sakra::test
