#include "CommandLine.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sakra-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAKRA_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    sakra::CommandLine cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
