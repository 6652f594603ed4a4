#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Register.h"
#include "RegisterSession.h"
#include "organisation/UnitTreeModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtTest/qtestspontaneevent.h>
#include <catch2/catch.hpp>

using namespace sakra;
using namespace sakra::gui;
using sakra::test::find;

namespace {
// One notch of the wheel turned away from the user over the middle of widget, delivered the way
// the windowing system delivers it (through the application, its filters and the parents).
void turnWheel(QWidget* widget)
{
    const QPointF local(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent wheel(local, widget->mapToGlobal(local), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    // As from the windowing system (sendEvent would make it not spontaneous): only such wheel
    // events travel on to the parents.
    QSpontaneKeyEvent::setSpontaneous(&wheel);
    QCoreApplication::instance()->notify(widget, &wheel);
}

} // namespace

TEST_CASE("The wheel over a date, number or choice without focus scrolls the form and changes nothing",
          "[gui][habits]")
{
    QScrollArea scroll;
    auto* form = new QWidget;
    auto* layout = new QVBoxLayout(form);
    auto* date = new QDateEdit(QDate(2025, 11, 30));
    auto* number = new QSpinBox;
    number->setRange(0, 100);
    number->setValue(40);
    auto* choice = new QComboBox;
    choice->addItems({QStringLiteral("Planerad"), QStringLiteral("Pågående"), QStringLiteral("Genomförd")});
    auto* other = new QLineEdit;
    layout->addWidget(other);
    layout->addWidget(date);
    layout->addWidget(number);
    layout->addWidget(choice);
    layout->addSpacing(2000); // taller than the view, so there is something to scroll
    scroll.setWidget(form);
    scroll.setWidgetResizable(true);
    scroll.resize(300, 200);
    scroll.show();
    REQUIRE(QTest::qWaitForWindowExposed(&scroll));
    other->setFocus();
    REQUIRE(other->hasFocus());

    // The wheel alone gives none of them the focus.
    CHECK(date->focusPolicy() == Qt::StrongFocus);
    CHECK(number->focusPolicy() == Qt::StrongFocus);

    QScrollBar* bar = scroll.verticalScrollBar();
    REQUIRE(bar->maximum() > 0);
    REQUIRE(bar->value() == 0);
    turnWheel(date);
    turnWheel(number);
    turnWheel(choice);
    CHECK(date->date() == QDate(2025, 11, 30));
    CHECK(number->value() == 40);
    CHECK(choice->currentIndex() == 0);
    // The turns went on to the scroll area, whose scroll bar takes the wheel without focus.
    CHECK(bar->value() > 0);
    const int scrolled = bar->value();
    turnWheel(bar);
    CHECK(bar->value() > scrolled);

    // With the focus the wheel does what it always did.
    number->setFocus();
    REQUIRE(number->hasFocus());
    turnWheel(number);
    CHECK(number->value() != 40);
}

TEST_CASE_METHOD(test::DemoWindow,
                 "Ctrl+S saves the editor the cursor is in and Ctrl+Y and Ctrl+Shift+Z redo", "[gui][habits]")
{
    QApplication::setActiveWindow(&window);
    Register& reg = window.session().reg();
    QUndoStack* undo = window.session().undoStack();

    const qint64 id = test::selectFirstUnit(window);
    const QString oldName = reg.units().get(id).name;
    auto* name = find<QLineEdit>(window, "unitNameEdit");
    name->setFocus();
    name->selectAll();
    test::typeText(name, QStringLiteral("Nämnden för prövning"));
    REQUIRE(reg.units().get(id).name == oldName); // typed, not saved
    QTest::keySequence(name, QKeySequence::Save);
    CHECK(reg.units().get(id).name == QStringLiteral("Nämnden för prövning"));
    CHECK(undo->count() == 1);

    for (const QKeySequence& redo :
         {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}) {
        INFO(redo.toString().toStdString());
        undo->undo();
        REQUIRE(reg.units().get(id).name == oldName);
        QTest::keySequence(&window, redo);
        CHECK(reg.units().get(id).name == QStringLiteral("Nämnden för prövning"));
    }
}
