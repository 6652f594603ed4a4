#include "ServerDatabase.h"

#include "server/ServerSchema.h"
#include "storage/Database.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <stdexcept>

using namespace sakra;

namespace {

QAtomicInt counter;

// A connection to the server's maintenance database as the superuser.
class Maintenance
{
public:
    Maintenance() : m_name(QStringLiteral("server-test-maintenance-%1").arg(counter.fetchAndAddRelaxed(1)))
    {
        if (qEnvironmentVariableIsEmpty("PGHOST") && qEnvironmentVariableIsEmpty("PGPORT"))
            throw std::runtime_error(
                "No PostgreSQL server for this test: run it through scripts/test.sh or under "
                "pg_virtualenv, which set PGHOST and PGPORT.");
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open())
            throw std::runtime_error("Cannot reach the PostgreSQL server: " +
                                     db.lastError().text().toStdString());
    }
    ~Maintenance() { QSqlDatabase::removeDatabase(m_name); }

    void run(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql))
            throw std::runtime_error((sql + QStringLiteral(": ") + q.lastError().text()).toStdString());
    }
    bool exists(const QString& database)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        q.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
        q.addBindValue(database);
        return q.exec() && q.next();
    }

private:
    QString m_name;
};

// The register every test database copies, made once per build of the test program and server.
QString templateName()
{
    static const QString name = [] {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(QByteArray::number(ServerSchema::currentVersion()));
        hash.addData(QCoreApplication::applicationFilePath().toUtf8());
        // A rebuilt program may make another schema: a template of its own.
        hash.addData(QFileInfo(QCoreApplication::applicationFilePath())
                         .lastModified()
                         .toString(Qt::ISODateWithMs)
                         .toUtf8());
        const QString n = QStringLiteral("sakra_tpl_") + QString::fromLatin1(hash.result().toHex().left(12));
        Maintenance m;
        m.run(QStringLiteral("SELECT pg_advisory_lock(7411)"));
        if (!m.exists(n)) {
            m.run(QStringLiteral("CREATE DATABASE %1").arg(n));
            Database db;
            db.openServerForSetup(QStringLiteral("dbname=%1").arg(n));
            ServerSchema::install(db);
            db.close();
        }
        m.run(QStringLiteral("SELECT pg_advisory_unlock(7411)"));
        return n;
    }();
    return name;
}

} // namespace

ServerDatabase::ServerDatabase()
{
    const QString from = templateName();
    m_name = QStringLiteral("sakra_test_%1_%2")
                 .arg(QCoreApplication::applicationPid())
                 .arg(counter.fetchAndAddRelaxed(1));
    Maintenance().run(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(m_name, from));
}

ServerDatabase::~ServerDatabase()
{
    for (const QString& c : m_connections)
        QSqlDatabase::removeDatabase(c);
    try {
        Maintenance().run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    } catch (const std::exception&) {
        // The server is throw-away; a database left behind goes with it.
    }
}

QString ServerDatabase::url() const
{
    return QStringLiteral("dbname=%1").arg(m_name);
}

QString ServerDatabase::urlAs(const QString& login, const QString& password) const
{
    if (password.isEmpty()) // the password given apart, as the sign-in dialog gives it
        return QStringLiteral("dbname=%1 user=%2").arg(m_name, login);
    return QStringLiteral("dbname=%1 user=%2 password=%3").arg(m_name, login, password);
}

QSqlDatabase ServerDatabase::connectAs(const QString& login, const QString& password)
{
    const QString name = QStringLiteral("server-test-%1-%2").arg(login).arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setDatabaseName(m_name);
    db.setUserName(login);
    db.setPassword(password);
    if (!db.open())
        throw std::runtime_error(("Cannot connect as " + login + ": " + db.lastError().text()).toStdString());
    m_connections << name;
    return db;
}

QString ServerDatabase::newLogin(const QString& stem)
{
    return QStringLiteral("%1_%2_%3")
        .arg(stem)
        .arg(QCoreApplication::applicationPid())
        .arg(counter.fetchAndAddRelaxed(1));
}
