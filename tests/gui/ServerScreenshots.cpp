// The demo municipality moved into a shared register on PostgreSQL and browsed as two users with
// different grants: a unit manager, who sees their own unit, and the head of security, who sees
// everything. Renders what each sees to PNG files for a person to look at. Usage:
//   sakra-server-screenshots OUTDIR [--lang en]
// Needs a PostgreSQL server that lets the tool create databases (PGHOST, PGUSER, PGPASSWORD as
// pg_virtualenv sets them) and a display: scripts/server-screenshots.sh runs it so.
#include "MainWindow.h"
#include "Register.h"
#include "RegisterSession.h"
#include "ScreenshotSupport.h"
#include "ServerDatabase.h"
#include "exchange/DemoMunicipality.h"
#include "incident/IncidentArea.h"
#include "incident/IncidentListTab.h"
#include "risk/RiskArea.h"
#include "server/ConnectDialog.h"
#include "server/ServerActions.h"
#include "server/ServerAdmin.h"
#include "server/ServerImport.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "widgets/EntityEditor.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTextStream>

using namespace sakra;
using namespace sakra::gui;
using namespace sakra::test::shots;

namespace {

const QString kPassword = QStringLiteral("demo-lösenord-1");

// The unit with the most incidents, for the manager: their view then has something to show.
std::pair<qint64, QString> busiestUnit(Database& db)
{
    Query q(db, QStringLiteral("SELECT o.id, o.name FROM org_unit o JOIN incident i ON i.unit_id = o.id "
                               "AND i.deleted_at IS NULL WHERE o.kind = 'unit' GROUP BY o.id, o.name "
                               "ORDER BY count(*) DESC, o.id LIMIT 1"));
    q.exec();
    if (!q.next())
        return {0, QString()};
    return {q.value(0).toLongLong(), q.value(1).toString()};
}

int shootAs(Database& admin, const QString& folder, const QString& prefix, const QString& address,
            const QString& login)
{
    QTextStream out(stdout);
    int failures = 0;
    MainWindow window;
    showWindow(window);
    auto* server = window.findChild<ServerActions*>();
    if (!server)
        return 1;
    {
        ConnectDialog dialog(&window);
        dialog.addressEdit()->setText(address);
        dialog.userEdit()->setText(login);
        dialog.passwordEdit()->setText(kPassword);
        dialog.show();
        settle();
        failures += !save(dialog, folder, prefix + QStringLiteral("-00-anslut"));
    }
    if (!server->connectTo(address, login, kPassword)) {
        out << "could not connect as " << login << Qt::endl;
        return failures + 1;
    }
    settle();
    const std::vector<std::pair<QString, QString>> areas{
        {QStringLiteral("overview"), QStringLiteral("01-oversikt")},
        {QStringLiteral("organisation"), QStringLiteral("02-organisation")},
        {QStringLiteral("incident"), QStringLiteral("03-handelser")},
        {QStringLiteral("risk"), QStringLiteral("04-risker")},
        {QStringLiteral("action"), QStringLiteral("05-atgarder")},
        {QStringLiteral("assessment"), QStringLiteral("06-egenbedomning")}};
    for (const auto& [area, name] : areas) {
        window.showArea(area);
        settle();
        if (auto* incidents = window.findChild<IncidentArea*>();
            incidents && area == QLatin1String("incident"))
            selectFirstRow(incidents->listTab());
        failures += !save(window, folder, prefix + QLatin1Char('-') + name);
    }
    out << login << " sees " << window.session().reg().incidents().count(IncidentQuery()) << " incidents"
        << Qt::endl;

    // The connection lost while the server cannot take it back (the login locked for a moment): the
    // status bar says so, and again when it is back.
    const QString pid = Query(window.session().reg().database(), QStringLiteral("SELECT pg_backend_pid()"))
                            .scalar()
                            .toString();
    Query(admin, QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(login)).exec();
    Query(admin, QStringLiteral("SELECT pg_terminate_backend(CAST(? AS integer))")).bind(pid).exec();
    window.session().notifyAllChanged();
    settle();
    failures += !save(window, folder, prefix + QStringLiteral("-07-forbindelsen-bruten"));
    Query(admin, QStringLiteral("ALTER ROLE %1 LOGIN").arg(login)).exec();
    window.session().reconnect();
    settle();
    failures += !save(window, folder, prefix + QStringLiteral("-08-forbindelsen-tillbaka"));
    window.close();
    return failures;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const auto args =
        setUpTool(app, QStringLiteral("SakraScreenshots"), QStringLiteral("sakra-server-screenshots"),
                  QStringLiteral("OUTDIR [--lang en]"));
    if (!args)
        return 2;
    const QString folder = args->at(1);
    QDir().mkpath(folder);
    QTextStream out(stdout);
    try {
        QTemporaryDir temp;
        auto file = Register::create(temp.filePath(QStringLiteral("demo.sakra")));
        DemoMunicipality::populate(*file);

        ServerDatabase server;
        Database admin;
        admin.openServerForSetup(server.url());
        const ServerImport::Result moved = ServerImport::run(file->database(), admin);
        out << "moved " << moved.rows << " rows and " << moved.historyEntries << " history entries"
            << Qt::endl;

        const auto [unitId, unitName] = busiestUnit(admin);
        const QString manager = ServerDatabase::newLogin(QStringLiteral("enhetschef"));
        const QString head = ServerDatabase::newLogin(QStringLiteral("sakerhetschef"));
        const qint64 root = Query(admin, QStringLiteral("SELECT id FROM org_unit WHERE parent_id IS NULL"))
                                .scalar()
                                .toLongLong();
        ServerAdmin::grant(admin, {manager, unitId, ServerAdmin::Role::Manager, false, kPassword});
        ServerAdmin::grant(admin, {head, root, ServerAdmin::Role::Head, false, kPassword});
        out << manager << " manages " << unitName << Qt::endl;

        int failures = shootAs(admin, folder, QStringLiteral("server-enhetschef"),
                               server.urlAs(manager, QString()), manager);
        failures += shootAs(admin, folder, QStringLiteral("server-sakerhetschef"),
                            server.urlAs(head, QString()), head);
        return failures == 0 ? 0 : 1;
    } catch (const Error& e) {
        out << e.message() << Qt::endl;
        return 1;
    } catch (const std::exception& e) {
        out << e.what() << Qt::endl;
        return 1;
    }
}
