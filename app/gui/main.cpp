#include "ApplicationSetup.h"
#include "WindowHost.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Sakra"));
    QCoreApplication::setApplicationName(QStringLiteral("Sakra"));
    // The language first, so that the help below is in it too.
    sakra::gui::ApplicationSetup::apply(app, sakra::gui::ApplicationSetup::startLanguage(app.arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Systematiskt säkerhetsarbete i kommunen"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        QCommandLineOption(QStringLiteral("lang"),
                           QCoreApplication::translate("main", "Språket: sv (svenska) eller en (engelska)"),
                           QStringLiteral("sv|en")));
    parser.addPositionalArgument(QCoreApplication::translate("main", "FIL"),
                                 QCoreApplication::translate("main", "Registret att öppna"),
                                 QCoreApplication::translate("main", "[FIL]"));
    parser.process(app);

    // The window, built anew when the language is changed in the settings.
    sakra::gui::WindowHost host;
    host.start(parser.positionalArguments().value(0));
    return app.exec();
}
