#include "CommandLine.h"

#include <QCoreApplication>

namespace sakra {

int CommandLine::report(const QStringList& args)
{
    Q_UNUSED(args);
    return failure(QCoreApplication::translate("sakra::CommandLine", "kommandot finns inte än"));
}

} // namespace sakra
