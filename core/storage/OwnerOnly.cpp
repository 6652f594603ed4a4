#include "OwnerOnly.h"

#include <QDir>

namespace sakra::OwnerOnly {

bool createFile(const QString& path, QString* why)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kFile)) {
        if (why)
            *why = file.errorString();
        return false;
    }
    return true;
}

bool copy(const QString& from, const QString& to)
{
    return QFile::copy(from, to) && QFile::setPermissions(to, kFile);
}

bool makeFolder(const QString& path)
{
    return QDir().mkpath(path) && QFile::setPermissions(path, kFolder);
}

} // namespace sakra::OwnerOnly
