#include "Arguments.h"
#include "CommandLine.h"
#include "organisation/OrgUnitRepository.h"
#include "server/ServerAdmin.h"
#include "server/ServerImport.h"
#include "server/ServerSchema.h"
#include "storage/Database.h"
#include "storage/Errors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sakra {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::CommandLine", text);
}

// The unit named on the command line, in a server register: an id or the name of one live unit.
qint64 unitOnServer(Database& db, const QString& name)
{
    bool isId = false;
    const qint64 id = name.toLongLong(&isId);
    OrgUnitRepository units(db);
    if (isId) {
        if (!units.find(id))
            throw Error(tr("ingen enhet har id %1").arg(id));
        return id;
    }
    const QList<qint64> matches = units.idsNamed(name);
    if (matches.isEmpty())
        throw Error(tr("ingen enhet heter ”%1”").arg(name));
    if (matches.size() > 1)
        throw Error(tr("%1 enheter heter ”%2”; ange enhetens id i stället").arg(matches.size()).arg(name));
    return matches.first();
}

} // namespace

int CommandLine::server(const QStringList& args)
{
    const QString usage = tr("server behöver init, import, grant, revoke eller users och en adress (URL)");
    if (args.size() < 2)
        return usageError(usage);
    const QString what = args.at(0);
    const Arguments a =
        Arguments::parse(args.mid(1),
                         {QStringLiteral("--from"), QStringLiteral("--user"), QStringLiteral("--unit"),
                          QStringLiteral("--role"), QStringLiteral("--password")},
                         {QStringLiteral("--restricted")});
    if (!a.problem.isEmpty())
        return usageError(a.problem + QLatin1String("; ") + usage);
    if (a.positional.size() != 1)
        return usageError(usage);
    const QString url = a.positional.first();
    Database db;
    if (what == QLatin1String("init")) {
        db.openServerForSetup(url);
        const bool made = ServerSchema::install(db);
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("server"), db.path()},
                                           {QStringLiteral("created"), made},
                                           {QStringLiteral("schemaVersion"), db.schemaVersion()}})
                     .toJson(QJsonDocument::Indented);
        return 0;
    }
    db.openServer(url);
    if (what == QLatin1String("import")) {
        if (!a.values.contains(QStringLiteral("--from")))
            return usageError(tr("server import behöver URL --from FIL"));
        Database file;
        file.openReadOnly(a.values.value(QStringLiteral("--from")));
        const ServerImport::Result r = ServerImport::run(file, db);
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("server"), db.path()},
                                           {QStringLiteral("rows"), r.rows},
                                           {QStringLiteral("history"), r.historyEntries}})
                     .toJson(QJsonDocument::Indented);
        return 0;
    }
    if (what == QLatin1String("grant")) {
        ServerAdmin::GrantRequest request;
        if (!a.values.contains(QStringLiteral("--user")) || !a.values.contains(QStringLiteral("--unit")) ||
            !ServerAdmin::roleFromText(a.values.value(QStringLiteral("--role")), &request.role))
            return usageError(tr(
                "server grant behöver URL --user INLOGGNING --unit ENHET --role manager|coordinator|head"));
        request.login = a.values.value(QStringLiteral("--user"));
        request.unitId = unitOnServer(db, a.values.value(QStringLiteral("--unit")));
        request.restricted = a.flags.contains(QStringLiteral("--restricted"));
        request.password = a.values.value(QStringLiteral("--password"));
        ServerAdmin::grant(db, request);
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("user"), request.login},
                                           {QStringLiteral("unit"), request.unitId},
                                           {QStringLiteral("role"), ServerAdmin::roleText(request.role)}})
                     .toJson(QJsonDocument::Indented);
        return 0;
    }
    if (what == QLatin1String("revoke")) {
        if (!a.values.contains(QStringLiteral("--user")))
            return usageError(tr("server revoke behöver URL --user INLOGGNING [--unit ENHET]"));
        const qint64 unit = a.values.contains(QStringLiteral("--unit"))
                                ? unitOnServer(db, a.values.value(QStringLiteral("--unit")))
                                : 0;
        const int removed = ServerAdmin::revoke(db, a.values.value(QStringLiteral("--user")), unit);
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("user"), a.values.value(QStringLiteral("--user"))},
                                           {QStringLiteral("revoked"), removed}})
                     .toJson(QJsonDocument::Indented);
        return removed > 0
                   ? 0
                   : failure(
                         tr("%1 hade ingen sådan behörighet").arg(a.values.value(QStringLiteral("--user"))));
    }
    if (what == QLatin1String("users")) {
        QJsonArray rows;
        for (const ServerAdmin::Grant& g : ServerAdmin::grants(db))
            rows.append(QJsonObject{{QStringLiteral("user"), g.login},
                                    {QStringLiteral("unit"), g.unit},
                                    {QStringLiteral("role"), g.role},
                                    {QStringLiteral("scope"), g.scope},
                                    {QStringLiteral("restricted"), g.restricted},
                                    {QStringLiteral("grantedAt"), g.grantedAt},
                                    {QStringLiteral("grantedBy"), g.grantedBy}});
        m_out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return 0;
    }
    return usageError(usage);
}

} // namespace sakra
