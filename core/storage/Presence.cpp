#include "Presence.h"

#include "platform/LocalSystem.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>

namespace sakra {

Presence::Presence(const QString& registerPath, const QString& user)
    : m_registerPath(QFileInfo(registerPath).absoluteFilePath()), m_user(user),
      m_since(QDateTime::currentDateTimeUtc())
{
    const QFileInfo info(m_registerPath);
    // Two windows of one program on one file each have a file of their own.
    static QAtomicInt instances;
    m_file = info.absoluteDir().filePath(QStringLiteral(".%1.%2-%3-%4.open")
                                             .arg(info.fileName(), QSysInfo::machineHostName())
                                             .arg(QCoreApplication::applicationPid())
                                             .arg(instances.fetchAndAddRelaxed(1)));
    write();
}

Presence::~Presence()
{
    if (!m_file.isEmpty())
        QFile::remove(m_file);
}

void Presence::refresh()
{
    write();
}

void Presence::write()
{
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly))
        return;
    // Readable by whoever may read the register (owner-only for a register of one's own), so
    // colleagues on a shared folder see each other.
    file.setPermissions(QFile::permissions(m_registerPath) &
                        (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser |
                         QFile::ReadGroup | QFile::ReadOther));
    const QJsonObject o{{QStringLiteral("user"), m_user},
                        {QStringLiteral("host"), QSysInfo::machineHostName()},
                        {QStringLiteral("pid"), QCoreApplication::applicationPid()},
                        {QStringLiteral("since"), m_since.toString(Qt::ISODate)},
                        {QStringLiteral("seen"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    file.commit();
}

QString Presence::filePattern() const
{
    return QStringLiteral(".%1.*.open").arg(QFileInfo(m_registerPath).fileName());
}

QList<Presence::Holder> Presence::others() const
{
    QList<Holder> out;
    const QDir dir = QFileInfo(m_registerPath).absoluteDir();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString thisHost = QSysInfo::machineHostName();
    for (const QFileInfo& entry : dir.entryInfoList({filePattern()}, QDir::Files | QDir::Hidden)) {
        if (entry.absoluteFilePath() == QFileInfo(m_file).absoluteFilePath())
            continue;
        QFile file(entry.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly) || file.size() > 4096)
            continue;
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        const QDateTime seen = QDateTime::fromString(o.value(QStringLiteral("seen")).toString(), Qt::ISODate);
        if (!seen.isValid() || seen.secsTo(now) > kStaleAfterSeconds)
            continue;
        const QString host = o.value(QStringLiteral("host")).toString();
        if (host == thisHost && !LocalSystem::processRuns(o.value(QStringLiteral("pid")).toInteger()))
            continue;
        out.append({o.value(QStringLiteral("user")).toString(), host,
                    QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate)});
    }
    return out;
}

} // namespace sakra
