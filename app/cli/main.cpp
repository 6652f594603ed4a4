#include "CommandLine.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char* argv[])
{
    // Reports need fonts and PDF painting, which need the GUI application object; on the
    // offscreen platform it needs no display. Every other command stays a plain core application.
    const bool report = argc > 1 && qstrcmp(argv[1], "report") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (report) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("sakra-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAKRA_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    sakra::CommandLine cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
