#define CATCH_CONFIG_RUNNER
#include "i18n/Translation.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <clocale>

int main(int argc, char* argv[])
{
    // Qt's SQL drivers are plugins: they need an application object to be found. The report tests
    // lay out text and write PDFs, which need the GUI application; offscreen needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // As the programs do: the spreadsheet writer formats numbers with the C library.
    std::setlocale(LC_NUMERIC, "C");
    // The translator both programs install; the tests speak Swedish, as the source strings do.
    sakra::Translation::setLanguage(sakra::Language::Swedish);
    // Backups that commands make go to a folder of the test run's own, never the user's.
    QTemporaryDir backups;
    qputenv("SAKRA_BACKUP_DIR", QFile::encodeName(backups.path()));
    return Catch::Session().run(argc, argv);
}
