#include "ApplicationSetup.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Sakra"));
    QCoreApplication::setApplicationName(QStringLiteral("Sakra"));
    sakra::gui::ApplicationSetup::apply(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Systematiskt säkerhetsarbete i kommunen"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FIL"),
                                 QCoreApplication::translate("main", "Registret att öppna"),
                                 QStringLiteral("[FIL]"));
    parser.process(app);

    sakra::gui::MainWindow window;
    window.show();
    window.openAtStartup(parser.positionalArguments().value(0));
    // The day starts on the overview: open high risks, overdue actions, drills and reviews, and
    // incidents this year against last. The tests and tools start on the first area instead.
    window.showArea(QStringLiteral("overview"));
    return app.exec();
}
