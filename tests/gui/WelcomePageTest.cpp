#include "DefaultRegister.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Register.h"
#include "RegisterSession.h"
#include "StartRegisterWizard.h"
#include "server/ConnectDialog.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace sakra;
using namespace sakra::gui;
using test::find;

namespace {

// A data folder of the test's own, so that no default register exists: the program as on its
// first start. The application name chooses the folder.
struct FirstStart
{
    QString previousName = QCoreApplication::applicationName();
    FirstStart()
    {
        QCoreApplication::setApplicationName(
            QStringLiteral("sakra-gui-tests-first-start-%1").arg(QCoreApplication::applicationPid()));
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }
    ~FirstStart()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QCoreApplication::setApplicationName(previousName);
    }
};

// Does what handle says with the first visible top-level widget of type T, from inside the event
// loop of the dialog that shows it; done says whether it came.
template <typename T> struct WhenShown
{
    bool done = false;
    QTimer timer;
    explicit WhenShown(std::function<void(T&)> handle)
    {
        timer.setInterval(20);
        QObject::connect(&timer, &QTimer::timeout, &timer, [this, handle] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                auto* widget = qobject_cast<T*>(w);
                if (!widget || !widget->isVisible())
                    continue;
                timer.stop();
                done = true;
                handle(*widget);
                return;
            }
        });
        timer.start();
    }
};

QWidget* shownPage(MainWindow& window)
{
    return find<QStackedWidget>(window, "areaPages")->currentWidget();
}

} // namespace

TEST_CASE("First start with no register shows the welcome page, and each of its four ways in works",
          "[gui][welcome]")
{
    const FirstStart fresh;
    REQUIRE_FALSE(QFileInfo::exists(DefaultRegister::path()));
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openAtStartup(QString());

    // Nothing was made or opened behind the user's back.
    CHECK_FALSE(window.session().hasRegister());
    CHECK_FALSE(QFileInfo::exists(DefaultRegister::path()));
    QWidget* welcome = find<QWidget>(window, "noRegisterPage");
    CHECK(shownPage(window) == welcome);
    CHECK(welcome->isVisible());
    CHECK_FALSE(find<QListWidget>(window, "areaList")->isEnabled());

    SECTION("the demo municipality")
    {
        QTest::mouseClick(find<QPushButton>(window, "welcomeDemoButton"), Qt::LeftButton);
        REQUIRE(window.session().hasRegister());
        CHECK(window.session().reg().path() == DefaultRegister::path());
        CHECK(window.session().reg().units().count() > 50);
        CHECK(shownPage(window) != welcome);
        // The next start opens it again without asking.
        MainWindow next;
        next.openAtStartup(QString());
        REQUIRE(next.session().hasRegister());
        CHECK(next.session().reg().path() == DefaultRegister::path());
    }

    SECTION("a register for one's own municipality")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Åsby kommun.sakra"));
        WhenShown<StartRegisterWizard> fill([&](StartRegisterWizard& wizard) {
            // The first step refuses an empty name and says why.
            wizard.next();
            CHECK(wizard.currentId() == 0);
            CHECK_FALSE(find<QLabel>(wizard, "startProblem")->text().isEmpty());
            find<QLineEdit>(wizard, "municipalityName")->setText(QStringLiteral("Åsby kommun"));
            // The file is suggested from the name; here it goes to the test's folder.
            CHECK(find<QLineEdit>(wizard, "registerPath")
                      ->text()
                      .endsWith(QStringLiteral("Åsby kommun.sakra")));
            find<QLineEdit>(wizard, "registerPath")->setText(QDir::toNativeSeparators(path));
            wizard.next();
            REQUIRE(wizard.currentId() == 1);
            find<QPlainTextEdit>(wizard, "boardsEdit")
                ->setPlainText(QStringLiteral("Kommunstyrelsen\nSocialnämnden\n\nSocialnämnden\n"));
            wizard.next();
            REQUIRE(wizard.currentId() == 2);
            wizard.addAdministration(QStringLiteral("Socialförvaltningen"), false,
                                     QStringLiteral("Socialnämnden"));
            wizard.addAdministration(QStringLiteral("Åsbyhem AB"), true, QStringLiteral("Kommunstyrelsen"));
            wizard.accept();
        });
        QTest::mouseClick(find<QPushButton>(window, "welcomeStartButton"), Qt::LeftButton);
        REQUIRE(fill.done);
        REQUIRE(window.session().hasRegister());
        CHECK(window.session().reg().path() == path);
        Register& reg = window.session().reg();
        // The municipality, two boards (the repeated one once), the suggested administration and the
        // two added.
        CHECK(reg.units().count() == 6);
        const QStringList names = reg.units().names().values();
        for (const char* name : {"Åsby kommun", "Kommunstyrelsen", "Socialnämnden",
                                 "Kommunledningsförvaltningen", "Socialförvaltningen", "Åsbyhem AB"})
            CHECK(names.contains(QString::fromUtf8(name)));
        // On to the organisation, where the rest is added.
        CHECK(shownPage(window) == find<QWidget>(window, "organisationArea"));
    }

    SECTION("a file")
    {
        test::TempRegisterFile existing;
        WhenShown<QFileDialog> choose([&](QFileDialog& dialog) {
            // Typed into the name field, as a person would.
            auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            REQUIRE(name);
            name->setText(existing.path());
            QMetaObject::invokeMethod(&dialog, "accept");
        });
        QTest::mouseClick(find<QPushButton>(window, "welcomeOpenButton"), Qt::LeftButton);
        REQUIRE(choose.done);
        REQUIRE(window.session().hasRegister());
        CHECK(window.session().reg().path() == existing.path());
        CHECK(shownPage(window) != welcome);
    }

    SECTION("a shared register")
    {
        // The sign-in asks for the server, the user and the password; cancelled, nothing opens.
        // (Connecting to a server is tested with one, in ServerWindowTest.)
        WhenShown<ConnectDialog> signIn([&](ConnectDialog& dialog) {
            CHECK(dialog.passwordEdit()->echoMode() == QLineEdit::Password);
            dialog.reject();
        });
        QTest::mouseClick(find<QPushButton>(window, "welcomeServerButton"), Qt::LeftButton);
        REQUIRE(signIn.done);
        CHECK_FALSE(window.session().hasRegister());
        CHECK(shownPage(window) == welcome);
    }
}
