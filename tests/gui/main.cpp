#define CATCH_CONFIG_RUNNER
#include "ApplicationSetup.h"

#include <QApplication>
#include <QFile>
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
    sakra::gui::ApplicationSetup::apply(app);
    QTemporaryDir backups;
    qputenv("SAKRA_BACKUP_DIR", QFile::encodeName(backups.path()));
    return Catch::Session().run(argc, argv);
}
