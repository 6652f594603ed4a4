#include "CommandLine.h"

#include <QCoreApplication>

namespace sakra {

int CommandLine::assess(const QStringList& args)
{
    Q_UNUSED(args);
    return failure(QCoreApplication::translate("sakra::CommandLine", "kommandot finns inte än"));
}

} // namespace sakra
