#include "CommandLine.h"
#include "i18n/Translation.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <clocale>
#include <memory>

namespace {

QtMessageHandler previousHandler = nullptr;

// Without a desktop session (a server, a cron job) Qt warns that XDG_RUNTIME_DIR is not set before
// it picks a folder of its own; the command's one line on standard error should stand alone.
void withoutRuntimeDirWarning(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

int main(int argc, char* argv[])
{
    // Reports need fonts and PDF painting, which need the GUI application object; on the
    // offscreen platform it needs no display. Every other command stays a plain core application.
    int command = 1;
    while (command + 1 < argc && qstrcmp(argv[command], "--lang") == 0)
        command += 2;
    const bool report = command < argc && qstrcmp(argv[command], "report") == 0;
    previousHandler = qInstallMessageHandler(withoutRuntimeDirWarning);
    std::unique_ptr<QCoreApplication> app;
    if (report) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // Qt sets the C library's locale from the environment; libxlsxwriter writes numbers with
    // printf, which must keep a decimal point. What people read is formatted with QLocale.
    std::setlocale(LC_NUMERIC, "C");
    QCoreApplication::setApplicationName(QStringLiteral("sakra-cli"));
    // The system's language unless --lang says otherwise (CommandLine::run).
    sakra::Translation::setLanguage(sakra::Translation::systemLanguage());
    QCoreApplication::setApplicationVersion(QStringLiteral(SAKRA_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    sakra::CommandLine cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
