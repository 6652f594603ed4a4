#pragma once

#include "Register.h"
#include "ServerDatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <memory>

// A shared register with an organisation of two administrations under one board, an incident in
// each of the units A and B, and logins:
//   anna    manager of A          bertil  manager of B
//   xavier  coordinator via A2 (so of A's administration)
//   hedda   head
// Kommunen › Nämnden › Förvaltning 1 › A › A2
//                    › Förvaltning 2 › B
struct ServerFixture
{
    ServerFixture();

    // Plain SQL as a login: the value of the first column of the first row, or an invalid value.
    QVariant scalarAs(const QString& login, const QString& sql);
    // Runs sql as login; returns the SQLSTATE of its error, or an empty string when it succeeded.
    QString failureAs(const QString& login, const QString& sql);
    // Rows sql changed as login (-1 when it failed).
    int changedAs(const QString& login, const QString& sql);
    QSqlDatabase as(const QString& login);

    qint64 createIncident(sakra::Register& reg, qint64 unitId, const QString& description);

    ServerDatabase server;
    std::unique_ptr<sakra::Register> admin; // the superuser, through the program
    qint64 root = 0, board = 0, admin1 = 0, admin2 = 0, unitA = 0, unitA2 = 0, unitB = 0;
    qint64 incidentA = 0, incidentB = 0;
    QString uuidA, uuidB;
    QString anna, bertil, xavier, hedda;
    const QString password = QStringLiteral("secret-1");

private:
    std::map<QString, QSqlDatabase> m_connections;
};
