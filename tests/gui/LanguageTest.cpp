#include "ApplicationSetup.h"
#include "GuiTestSupport.h"
#include "HelpMenu.h"
#include "MainWindow.h"
#include "Register.h"
#include "RegisterSession.h"
#include "SettingsDialog.h"
#include "WindowHost.h"
#include "i18n/Translation.h"
#include "widgets/Formatting.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace sakra;
using namespace sakra::gui;
using test::find;

namespace {

// The program in a language for the test's length; Swedish again afterwards, as the tests speak.
struct Speaking
{
    explicit Speaking(Language language)
    {
        Translation::setLanguage(language);
        QLocale::setDefault(Translation::locale(language));
    }
    ~Speaking()
    {
        ApplicationSetup::setChosenLanguage(QString());
        Translation::setLanguage(Language::Swedish);
        QLocale::setDefault(Translation::locale(Language::Swedish));
    }
};

QString menuTitle(MainWindow& window, const char* name)
{
    return find<QMenu>(window, name)->title();
}

QStringList areaTitles(MainWindow& window)
{
    QStringList titles;
    auto* list = find<QListWidget>(window, "areaList");
    for (int row = 0; row < list->count(); ++row)
        titles << list->item(row)->text();
    return titles;
}

// The visible top-level widget of that object name, once the event loop has shown it.
QWidget* shownTopLevel(const char* name)
{
    for (int i = 0; i < 50; ++i) {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String(name) && w->isVisible())
                return w;
        QTest::qWait(20);
    }
    return nullptr;
}

QString handbookText(MainWindow& window)
{
    find<QAction>(window, "handbookAction")->trigger();
    QWidget* dialog = shownTopLevel("handbookDialog");
    REQUIRE(dialog);
    const QString text = find<QTextBrowser>(*dialog, "handbookBrowser")->toPlainText();
    dialog->close();
    return text;
}

} // namespace

TEST_CASE("The window speaks English or Swedish, as the program is set", "[gui][language]")
{
    test::TempRegisterFile file;
    {
        const Speaking english(Language::English);
        MainWindow window;
        test::openShown(window, file.path());
        CHECK(menuTitle(window, "fileMenu") == QLatin1String("&File"));
        CHECK(menuTitle(window, "editMenu") == QLatin1String("&Edit"));
        CHECK(menuTitle(window, "viewMenu") == QLatin1String("&View"));
        CHECK(menuTitle(window, "helpMenu") == QLatin1String("&Help"));
        CHECK(areaTitles(window).mid(0, 4) == QStringList{QStringLiteral("Organisation"),
                                                          QStringLiteral("Overview"), QStringLiteral("Risks"),
                                                          QStringLiteral("Actions")});
        CHECK(find<QAction>(window, "settingsAction")->text() == QStringLiteral("&Settings…"));
        CHECK(find<QAction>(window, "handbookAction")->text() == QLatin1String("&Handbook"));
        // Qt's own buttons speak English too, not the Swedish of the catalogue for Swedish.
        CHECK(QCoreApplication::translate("QPlatformTheme", "Save") == QLatin1String("Save"));
        // Amounts and numbers as English writes them, and an amount as shown is read back.
        CHECK(QLocale().toString(1234567) == QLatin1String("1,234,567"));
        CHECK(Formatting::parseKronor(Formatting::kronor(60000)) == 60000);
        CHECK(Formatting::parseKronor(QStringLiteral("1,500,000")) == 1500000);
    }
    MainWindow window;
    test::openShown(window, file.path());
    CHECK(menuTitle(window, "fileMenu") == QLatin1String("&Arkiv"));
    CHECK(menuTitle(window, "helpMenu") == QStringLiteral("&Hjälp"));
    CHECK(areaTitles(window).mid(0, 3) ==
          QStringList{QStringLiteral("Organisation"), QStringLiteral("Översikt"), QStringLiteral("Risker")});
    CHECK(QCoreApplication::translate("QPlatformTheme", "Save") == QLatin1String("Spara"));
}

TEST_CASE("English chosen in the settings rebuilds the window in English on the same register, and is kept",
          "[gui][language]")
{
    const Speaking swedish(Language::Swedish);
    test::TempRegisterFile file;
    WindowHost host;
    host.start(file.path());
    MainWindow* before = host.window();
    REQUIRE(before->session().hasRegister());
    REQUIRE(QTest::qWaitForWindowExposed(before));
    CHECK(menuTitle(*before, "fileMenu") == QLatin1String("&Arkiv"));

    bool answered = false;
    QTimer::singleShot(0, [&] {
        QWidget* w = shownTopLevel("settingsDialog");
        REQUIRE(w);
        auto* dialog = qobject_cast<SettingsDialog*>(w);
        REQUIRE(dialog);
        auto* combo = find<QComboBox>(*dialog, "languageCombo");
        // The system's language first, then each language in its own name.
        CHECK(combo->count() == 3);
        CHECK(combo->itemText(2) == QLatin1String("English"));
        combo->setCurrentIndex(2);
        answered = true;
        dialog->accept();
    });
    find<QAction>(*before, "settingsAction")->trigger();
    REQUIRE(answered);
    CHECK(ApplicationSetup::chosenLanguage() == QLatin1String("en"));
    CHECK(Translation::language() == Language::English);
    // The next start begins in it too.
    CHECK(ApplicationSetup::startLanguage({QStringLiteral("sakra")}) == Language::English);
    CHECK(ApplicationSetup::startLanguage({QStringLiteral("sakra"), QStringLiteral("--lang"),
                                           QStringLiteral("sv")}) == Language::Swedish);

    // The window is built anew when the event loop comes round.
    QTest::qWait(50);
    REQUIRE(QTest::qWaitFor([&] { return host.window() != before; }));
    MainWindow* after = host.window();
    CHECK(menuTitle(*after, "fileMenu") == QLatin1String("&File"));
    REQUIRE(after->session().hasRegister());
    CHECK(after->session().reg().path() == file.path());
    CHECK(find<QStackedWidget>(*after, "areaPages")->currentWidget() ==
          find<QWidget>(*after, "overviewArea"));
}

TEST_CASE("The handbook opens from the help menu in the language the program speaks", "[gui][language][help]")
{
    test::TempRegisterFile file;
    {
        MainWindow window;
        test::openShown(window, file.path());
        const QString text = handbookText(window);
        CHECK(text.contains(QLatin1String("De tio vanligaste uppgifterna")));
        CHECK(text.contains(QStringLiteral("Skriva en nämndhandling")));
    }
    const Speaking english(Language::English);
    MainWindow window;
    test::openShown(window, file.path());
    const QString text = handbookText(window);
    CHECK(text.contains(QLatin1String("The ten most common tasks")));
    CHECK(text.contains(QLatin1String("Writing a board document")));
    CHECK_FALSE(text.contains(QStringLiteral("nämndhandling")));
}

TEST_CASE_METHOD(test::DemoWindow, "The areas are a Ctrl and a digit away and the shortcuts are listed",
                 "[gui][keys]")
{
    activateOn("organisation");
    auto* pages = find<QStackedWidget>(window, "areaPages");
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    CHECK(pages->currentWidget() == find<QWidget>(window, "overviewArea"));
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    CHECK(pages->currentWidget() == find<QWidget>(window, "reportArea"));
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    CHECK(pages->currentWidget() == find<QWidget>(window, "organisationArea"));
    // Every area's key is one a keyboard has: Ctrl with a digit.
    for (QAction* action : find<QMenu>(window, "viewMenu")->actions())
        if (action->objectName().endsWith(QLatin1String("AreaAction"))) {
            INFO(action->text().toStdString());
            const QString key = action->shortcut().toString(QKeySequence::PortableText);
            CHECK(key.size() == 6);
            CHECK(key.startsWith(QLatin1String("Ctrl+")));
            CHECK(key.back().isDigit());
        }

    find<QAction>(window, "shortcutsAction")->trigger();
    QWidget* dialog = shownTopLevel("shortcutsDialog");
    REQUIRE(dialog);
    auto* table = find<QTableWidget>(*dialog, "shortcutsTable");
    QStringList keys;
    for (int row = 0; row < table->rowCount(); ++row)
        keys << table->item(row, 0)->text();
    CHECK(keys.contains(QKeySequence(Qt::CTRL | Qt::Key_0).toString(QKeySequence::NativeText)));
    CHECK(keys.contains(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    CHECK(keys.contains(QStringLiteral("Insert")));
    dialog->close();
}
