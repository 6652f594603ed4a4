#define CATCH_CONFIG_RUNNER
#include "ApplicationSetup.h"
#include "WindowMemory.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    // Offscreen unless the caller chose a platform (xvfb, a desktop to watch the test on).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Settings and data folders of their own, so tests never touch a user's recent files or
    // default register.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SakraTests"));
    QCoreApplication::setApplicationName(QStringLiteral("sakra-gui-tests"));
    // One settings file per test process: tests run side by side, and one that remembers a
    // folder (the export's) must not hand it to another.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    sakra::gui::ApplicationSetup::apply(app);
    // The size the layout tests check, whatever the offscreen screen's size.
    sakra::gui::WindowMemory::setFirstStartSize(QSize(1280, 800));
    QTemporaryDir backups;
    qputenv("SAKRA_BACKUP_DIR", QFile::encodeName(backups.path()));
    return Catch::Session().run(argc, argv);
}
