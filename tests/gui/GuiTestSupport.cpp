#include "GuiTestSupport.h"

#include "Register.h"
#include "RegisterSession.h"
#include "SampleMunicipality.h"
#include "organisation/UnitTreeModel.h"
#include "widgets/ListFrame.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QSet>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>

namespace sakra::test {

TempRegisterFile::TempRegisterFile(bool demo) : m_path(m_dir.filePath(QStringLiteral("register.sakra")))
{
    auto reg = Register::create(m_path);
    if (demo)
        SampleMunicipality::populateDemo(*reg);
}

DemoRegister::DemoRegister() : reg(Register::open(file.path())) {}

DemoRegister::~DemoRegister() = default;

void openShown(gui::MainWindow& window, const QString& path)
{
    REQUIRE(window.openFile(path));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
}

DemoWindow::DemoWindow()
{
    openShown(window, file.path());
}

void DemoWindow::activateOn(const char* area)
{
    QApplication::setActiveWindow(&window);
    window.showArea(QLatin1String(area));
}

void DemoWindow::showTab(const char* tabs, int index)
{
    find<QTabWidget>(window, tabs)->setCurrentIndex(index);
}

Register& DemoWindow::reg()
{
    return window.session().reg();
}

QUndoStack* DemoWindow::undoStack()
{
    return window.session().undoStack();
}

QWidget* DemoWindow::areaShown()
{
    return find<QStackedWidget>(window, "areaPages")->currentWidget();
}

SitesList::SitesList() : DemoList("organisation", "sitesTable")
{
    showTab("organisationArea", 1);
    frame = find<gui::ListFrame>(window, "sitesTab");
    REQUIRE(model->rowCount() >= 2);
}

ResetTester::ResetTester(QAbstractItemModel& model, bool attached) : m_model(model)
{
    if (attached)
        attach();
}

void ResetTester::attach()
{
    m_tester.emplace(&m_model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void ResetTester::reset(const std::function<void()>& step)
{
    detach();
    step();
    attach();
}

void checkFirstPage(gui::RecordTableModel& model, qint64 total)
{
    REQUIRE(total > 2 * gui::RecordTableModel::kPageSize);
    CHECK(model.rowCount() == gui::RecordTableModel::kPageSize);
    CHECK(model.totalCount() == total);
    REQUIRE(model.canFetchMore(QModelIndex()));
}

void fetchAll(QAbstractItemModel& model)
{
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
}

QString cellText(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

void checkEverySortKeepsRows(QAbstractItemModel& model, ResetTester& tester, qint64 total,
                             const std::function<bool(int)>& sortable, const std::function<qint64(int)>& idAt)
{
    for (int column = 0; column < model.columnCount(); ++column) {
        if (!sortable(column))
            continue;
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            INFO("column " << column << " order " << int(order));
            tester.reset([&] { model.sort(column, order); });
            fetchAll(model);
            REQUIRE(model.rowCount() == total);
            QSet<qint64> ids;
            for (int row = 0; row < model.rowCount(); ++row)
                ids.insert(idAt(row));
            CHECK(ids.size() == total);
        }
    }
}

BoxAnswer::BoxAnswer(const char* boxName, std::function<QAbstractButton*(QMessageBox&)> choose)
{
    QTimer::singleShot(0, [this, name = QString::fromLatin1(boxName), choose = std::move(choose)] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* box = qobject_cast<QMessageBox*>(w);
                box && box->isVisible() && box->objectName() == name) {
                shown = true;
                asked = box->text();
                choose(*box)->click();
            }
    });
}

UnsavedAnswer::UnsavedAnswer(int button)
    : BoxAnswer("unsavedChangesBox",
                [button](QMessageBox& box) { return box.button(QMessageBox::StandardButton(button)); })
{
}

RemovalAnswer::RemovalAnswer(bool remove)
    : BoxAnswer("confirmRemovalBox", [remove](QMessageBox& box) {
          const QMessageBox::ButtonRole role =
              remove ? QMessageBox::DestructiveRole : QMessageBox::RejectRole;
          for (QAbstractButton* button : box.buttons())
              if (box.buttonRole(button) == role)
                  return button;
          return static_cast<QAbstractButton*>(nullptr);
      })
{
}

qint64 selectFirstUnit(gui::MainWindow& window)
{
    auto* tree = find<QTreeView>(window, "unitTree");
    const QModelIndex top = tree->model()->index(0, 0);
    REQUIRE(top.isValid());
    const QModelIndex index = tree->model()->index(0, 0, top);
    REQUIRE(index.isValid());
    tree->setCurrentIndex(index);
    return index.data(gui::UnitTreeModel::IdRole).toLongLong();
}

void clearByKeys(QLineEdit* edit)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    REQUIRE(edit->text().isEmpty());
}

void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClicks(widget, QString(c));
        } else {
            // Latin-1 letters have key codes equal to their upper-case code point.
            const auto key = Qt::Key(c.toUpper().unicode());
            QTest::sendKeyEvent(QTest::Press, widget, key, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, key, QString(c), Qt::NoModifier);
        }
    }
}

bool journalReady(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(8);
    return head.size() == 8 && head.at(0) != 0;
}

} // namespace sakra::test
