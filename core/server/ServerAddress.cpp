#include "ServerAddress.h"

#include "storage/Errors.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace sakra {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::ServerAddress", text);
}

// Quotes a value for a libpq key=value string.
QString quoted(const QString& value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

} // namespace

ServerAddress ServerAddress::parse(const QString& text)
{
    ServerAddress a;
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1String("postgresql://")) || t.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(t, QUrl::StrictMode);
        if (!url.isValid())
            throw OpenError(tr("Adressen till registret går inte att läsa: %1").arg(url.errorString()));
        a.m_host = url.host();
        a.m_port = url.port(-1);
        a.m_database = url.path().mid(1);
        a.m_user = url.userName();
        a.m_password = url.password();
        QStringList options;
        for (const auto& item : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
            options << item.first + QLatin1Char('=') + quoted(item.second);
        a.m_options = options.join(QLatin1Char(';'));
        return a;
    }
    // key=value pairs; values may be quoted with single quotes.
    static const QRegularExpression pair(QStringLiteral(R"(\s*([A-Za-z_]+)\s*=\s*('(?:[^'\\]|\\.)*'|\S+))"));
    QStringList options;
    int at = 0;
    while (at < t.size()) {
        const auto m =
            pair.match(t, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            throw OpenError(tr("Adressen till registret går inte att läsa: väntade nyckel=värde vid \"%1\".")
                                .arg(t.mid(at, 20)));
        at = m.capturedEnd();
        const QString key = m.captured(1).toLower();
        QString value = m.captured(2);
        if (value.startsWith(QLatin1Char('\''))) {
            value = value.mid(1, value.size() - 2);
            value.replace(QLatin1String("\\'"), QLatin1String("'"))
                .replace(QLatin1String("\\\\"), QLatin1String("\\"));
        }
        if (key == QLatin1String("host"))
            a.m_host = value;
        else if (key == QLatin1String("port"))
            a.m_port = value.toInt();
        else if (key == QLatin1String("dbname"))
            a.m_database = value;
        else if (key == QLatin1String("user"))
            a.m_user = value;
        else if (key == QLatin1String("password"))
            a.m_password = value;
        else
            options << key + QLatin1Char('=') + quoted(value);
    }
    if (t.isEmpty())
        throw OpenError(tr("Ange adressen till registret, till exempel postgresql://server/sakra."));
    a.m_options = options.join(QLatin1Char(';'));
    return a;
}

QSqlDatabase ServerAddress::open(const QString& connectionName, const QString& password) const
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw OpenError(tr("Qt:s drivrutin för PostgreSQL saknas (paketet libqt6sql6-psql)."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(m_host);
    if (m_port > 0)
        db.setPort(m_port);
    db.setDatabaseName(m_database);
    db.setUserName(m_user);
    db.setPassword(password.isEmpty() ? m_password : password);
    QString options = m_options;
    // Säkra's own name in pg_stat_activity, and no wait of minutes for a server that is gone.
    for (const char* o : {"application_name=sakra", "connect_timeout=10"})
        if (!options.contains(QString::fromUtf8(o).section(QLatin1Char('='), 0, 0)))
            options += (options.isEmpty() ? QString() : QStringLiteral(";")) + QString::fromUtf8(o);
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        throw OpenError(tr("Kan inte ansluta till %1: %2").arg(display(), why));
    }
    return db;
}

QString ServerAddress::display() const
{
    const QString host = m_host.isEmpty() ? QStringLiteral("localhost") : m_host;
    const QString where = m_port > 0 ? QStringLiteral("%1:%2").arg(host).arg(m_port) : host;
    QString shown = m_database.isEmpty() ? where : QStringLiteral("%1/%2").arg(where, m_database);
    if (!m_user.isEmpty())
        shown = m_user + QLatin1Char('@') + shown;
    return shown;
}

ServerAddress ServerAddress::withUser(const QString& user) const
{
    ServerAddress a = *this;
    a.m_user = user;
    a.m_password.clear();
    return a;
}

} // namespace sakra
