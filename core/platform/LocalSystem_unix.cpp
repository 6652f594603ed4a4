#include "LocalSystem.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX

#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace sakra::LocalSystem {

bool processRuns(qint64 pid)
{
    // Signal 0 only asks whether the process exists; EPERM: it does, as another user's.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

QString loginName()
{
    if (const passwd* pw = getpwuid(getuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return QString();
}

} // namespace sakra::LocalSystem

#endif
