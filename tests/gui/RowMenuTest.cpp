#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Register.h"
#include "RegisterSession.h"
#include "widgets/ListFrame.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMenu>
#include <QTabWidget>
#include <QTableView>
#include <memory>

using namespace sakra;
using namespace sakra::gui;
using sakra::test::find;

namespace {
// The menu's action whose text, without its accelerator, starts with text.
QAction* action(QMenu& menu, const QString& text)
{
    for (QAction* a : menu.actions())
        if (a->text().remove(QLatin1Char('&')).startsWith(text))
            return a;
    FAIL("no action " << text.toStdString());
    return nullptr;
}
} // namespace

TEST_CASE_METHOD(test::SitesList, "A row's menu selects it and opens, copies and removes it", "[gui][list]")
{
    // A site no unit is in, so it may be removed.
    Site site;
    site.name = QStringLiteral("Förrådet Åsen");
    site.street = QStringLiteral("Åsvägen 4");
    const qint64 id = reg().sites().create(site);
    window.session().notifyAllChanged();
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (table->model()->index(r, 0).data(Qt::UserRole + 1).toLongLong() == id)
            row = r;
    REQUIRE(row >= 0);
    table->setCurrentIndex(table->model()->index(row == 0 ? 1 : 0, 0));
    const std::unique_ptr<QMenu> menu(frame->rowMenu(table->model()->index(row, 0)));
    // The row asked about is the one shown.
    CHECK(table->currentIndex().row() == row);
    CHECK(find<QLineEdit>(window, "siteNameEdit")->text() == site.name);

    QAction* copy = action(*menu, QStringLiteral("Kopiera raden"));
    REQUIRE(copy->isEnabled());
    QApplication::clipboard()->clear();
    copy->trigger();
    const QStringList cells = QApplication::clipboard()->text().split(QLatin1Char('\t'));
    CHECK(cells.size() == table->model()->columnCount());
    CHECK(cells.contains(site.name));
    CHECK(cells.contains(site.street));

    action(*menu, QStringLiteral("Öppna i formuläret"))->trigger();
    INFO("focus on " << (QApplication::focusWidget()
                             ? QApplication::focusWidget()->objectName().toStdString() + " " +
                                   QApplication::focusWidget()->metaObject()->className()
                             : std::string("none")));
    CHECK(QApplication::focusWidget() == find<QLineEdit>(window, "siteNameEdit"));

    const qint64 before = qint64(reg().sites().all().size());
    QAction* remove = action(*menu, QStringLiteral("Ta bort lokal"));
    REQUIRE(remove->isEnabled());
    test::RemovalAnswer yes(true);
    remove->trigger();
    CHECK(yes.shown);
    CHECK(qint64(reg().sites().all().size()) == before - 1);
    CHECK_FALSE(reg().sites().find(id));
}

TEST_CASE_METHOD(test::SitesList, "The menu under the last row offers only what needs no row", "[gui][list]")
{
    table->setCurrentIndex(table->model()->index(0, 0));
    const std::unique_ptr<QMenu> menu(frame->rowMenu(QModelIndex()));
    CHECK_FALSE(action(*menu, QStringLiteral("Öppna i formuläret"))->isEnabled());
    CHECK_FALSE(action(*menu, QStringLiteral("Kopiera raden"))->isEnabled());
    CHECK_FALSE(action(*menu, QStringLiteral("Ta bort lokal"))->isEnabled());
    CHECK(action(*menu, QStringLiteral("Exportera listan"))->isEnabled());
    QAction* add = action(*menu, QStringLiteral("Ny lokal"));
    REQUIRE(add->isEnabled());
    add->trigger();
    CHECK(find<QLineEdit>(window, "siteNameEdit")->text().isEmpty());
    CHECK(table->selectionModel()->selectedRows().isEmpty());
}
