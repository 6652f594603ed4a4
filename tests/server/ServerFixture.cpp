#include "ServerFixture.h"

#include "incident/Incident.h"
#include "organisation/OrgUnit.h"
#include "server/ServerAdmin.h"

#include <QSqlError>

using namespace sakra;

namespace {

qint64 makeUnit(Register& reg, UnitKind kind, const QString& name, qint64 parent, qint64 board = 0)
{
    OrgUnit u;
    u.kind = kind;
    u.name = name;
    u.parentId = parent;
    u.boardId = board;
    return reg.units().create(u);
}

} // namespace

ServerFixture::ServerFixture()
{
    admin = Register::openServer(server.url());
    root = makeUnit(*admin, UnitKind::Municipality, QStringLiteral("Kommunen"), 0);
    board = makeUnit(*admin, UnitKind::Board, QStringLiteral("Nämnden"), root);
    admin1 = makeUnit(*admin, UnitKind::Administration, QStringLiteral("Förvaltning 1"), board, board);
    admin2 = makeUnit(*admin, UnitKind::Administration, QStringLiteral("Förvaltning 2"), board, board);
    unitA = makeUnit(*admin, UnitKind::Unit, QStringLiteral("A"), admin1);
    unitA2 = makeUnit(*admin, UnitKind::Unit, QStringLiteral("A2"), unitA);
    unitB = makeUnit(*admin, UnitKind::Unit, QStringLiteral("B"), admin2);
    incidentA = createIncident(*admin, unitA, QStringLiteral("Hot mot handläggare i A"));
    incidentB = createIncident(*admin, unitB, QStringLiteral("Hot mot handläggare i B"));
    uuidA = admin->incidents().find(incidentA)->uuid;
    uuidB = admin->incidents().find(incidentB)->uuid;

    anna = ServerDatabase::newLogin(QStringLiteral("anna"));
    bertil = ServerDatabase::newLogin(QStringLiteral("bertil"));
    xavier = ServerDatabase::newLogin(QStringLiteral("xavier"));
    hedda = ServerDatabase::newLogin(QStringLiteral("hedda"));
    Database& db = admin->database();
    ServerAdmin::grant(db, {anna, unitA, ServerAdmin::Role::Manager, false, password});
    ServerAdmin::grant(db, {bertil, unitB, ServerAdmin::Role::Manager, false, password});
    ServerAdmin::grant(db, {xavier, unitA2, ServerAdmin::Role::Coordinator, false, password});
    ServerAdmin::grant(db, {hedda, root, ServerAdmin::Role::Head, false, password});
}

qint64 ServerFixture::createIncident(Register& reg, qint64 unitId, const QString& description)
{
    Incident i;
    i.occurredOn = QDate(2026, 3, 10);
    i.unitId = unitId;
    i.kind = Incident::Kind::Threat;
    i.severity = 2;
    i.description = description;
    return reg.incidents().create(i);
}

QSqlDatabase ServerFixture::as(const QString& login)
{
    auto it = m_connections.find(login);
    if (it == m_connections.end())
        it = m_connections.emplace(login, server.connectAs(login, password)).first;
    return it->second;
}

QVariant ServerFixture::scalarAs(const QString& login, const QString& sql)
{
    QSqlQuery q(as(login));
    if (!q.exec(sql))
        throw std::runtime_error((sql + QStringLiteral(": ") + q.lastError().text()).toStdString());
    return q.next() ? q.value(0) : QVariant();
}

QString ServerFixture::failureAs(const QString& login, const QString& sql)
{
    QSqlQuery q(as(login));
    return q.exec(sql) ? QString() : q.lastError().nativeErrorCode();
}

int ServerFixture::changedAs(const QString& login, const QString& sql)
{
    QSqlQuery q(as(login));
    return q.exec(sql) ? q.numRowsAffected() : -1;
}
