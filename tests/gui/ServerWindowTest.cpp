// The main window on a shared register on PostgreSQL (label "server": run under pg_virtualenv, as
// scripts/test.sh does): a user sees their own units only, an edit survives a lost connection in
// its editor, and a write the database refuses says so.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Register.h"
#include "RegisterSession.h"
#include "ServerFixture.h"
#include "risk/RiskTableModel.h"
#include "server/ServerActions.h"
#include "storage/Query.h"
#include "widgets/MessageLabel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace sakra;
using namespace sakra::gui;
using sakra::test::find;

namespace {

qint64 makeRisk(Register& reg, qint64 unit, const QString& title)
{
    Risk r;
    r.unitId = unit;
    r.categoryId = reg.riskCategories().all().front().id;
    r.title = title;
    r.likelihood = 3;
    r.consequence = 3;
    r.assessedOn = QDate(2026, 1, 15);
    r.reviewMonths = 12;
    return reg.risks().create(r);
}

void retitle(MainWindow& window, const QString& title)
{
    auto* edit = find<QLineEdit>(window, "riskTitleEdit");
    edit->selectAll();
    test::typeText(edit, title);
    QTest::mouseClick(find<QPushButton>(window, "riskApplyButton"), Qt::LeftButton);
}

} // namespace

TEST_CASE("A window on a shared register shows the user's own units and keeps an edit through a lost "
          "connection",
          "[gui][server]")
{
    // Units A (with A2 below it) and B in two administrations; anna manages A.
    ServerFixture f;
    ServerDatabase& server = f.server;
    Register* const admin = f.admin.get();
    const qint64 riskA = makeRisk(*admin, f.unitA, QStringLiteral("Hot i receptionen"));
    makeRisk(*admin, f.unitB, QStringLiteral("Hot vid hembesök"));
    const QString anna = f.anna;
    const QString password = f.password;

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    auto* actions = window.findChild<ServerActions*>();
    REQUIRE(actions);
    // A wrong password is refused with the server's reason and opens nothing.
    CHECK_FALSE(actions->connectTo(server.urlAs(anna, QString()), anna, QStringLiteral("fel")));
    CHECK_FALSE(window.session().hasRegister());
    REQUIRE(actions->connectTo(server.urlAs(anna, QString()), anna, password));
    CHECK(window.windowTitle().contains(anna));
    CHECK(actions->statusLabel()->isVisible());
    CHECK(actions->statusLabel()->text().contains(anna));

    // Only her unit's risk is listed; the other administration's is not there at all.
    window.showArea(QStringLiteral("risk"));
    auto* table = find<QTableView>(window, "riskTable");
    auto* model = test::modelOf<RiskTableModel>(table);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->rowAt(0)->risk.id == riskA);
    table->setCurrentIndex(model->index(0, 0));

    // The server ends her session: the edit is not saved, the editor keeps it, the message says
    // what happened, and the connection is back at once.
    const QString pid = Query(window.session().reg().database(), QStringLiteral("SELECT pg_backend_pid()"))
                            .scalar()
                            .toString();
    Query(admin->database(), QStringLiteral("SELECT pg_terminate_backend(CAST(? AS integer))"))
        .bind(pid)
        .exec();
    retitle(window, QStringLiteral("Hot och våld i receptionen"));
    QTest::qWait(100); // the views read everything again once the connection is back
    const QString shown = find<MessageLabel>(window, "riskMessage")->text();
    CHECK(shown.contains(QStringLiteral("Förbindelsen med det gemensamma registret bröts")));
    CHECK(find<QLineEdit>(window, "riskTitleEdit")->text() == QStringLiteral("Hot och våld i receptionen"));
    CHECK(admin->risks().get(riskA).title == QStringLiteral("Hot i receptionen"));
    CHECK(window.session().undoStack()->count() == 0);
    CHECK_FALSE(window.session().connectionDown());

    // Saving again stores it, as her.
    QTest::mouseClick(find<QPushButton>(window, "riskApplyButton"), Qt::LeftButton);
    CHECK(admin->risks().get(riskA).title == QStringLiteral("Hot och våld i receptionen"));
    CHECK(window.session().undoStack()->count() == 1);
    CHECK(Query(admin->database(), QStringLiteral("SELECT count(*) FROM change_log WHERE actor = ?"))
              .bind(anna)
              .scalar()
              .toInt() > 0);

    // A server that cannot take her back: the status bar says the connection is down, a timer
    // tries again, and when the login may connect again the window is back.
    QSignalSpy lost(&window.session(), &RegisterSession::connectionLost);
    QSignalSpy restored(&window.session(), &RegisterSession::connectionRestored);
    const QString pid2 = Query(window.session().reg().database(), QStringLiteral("SELECT pg_backend_pid()"))
                             .scalar()
                             .toString();
    Query(admin->database(), QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(anna)).exec();
    Query(admin->database(), QStringLiteral("SELECT pg_terminate_backend(CAST(? AS integer))"))
        .bind(pid2)
        .exec();
    retitle(window, QStringLiteral("Hot i entrén"));
    QTest::qWait(100);
    CHECK(lost.count() == 1);
    CHECK(window.session().connectionDown());
    CHECK(
        find<MessageLabel>(window, "riskMessage")->text().contains(QStringLiteral("försöker ansluta igen")));
    CHECK(actions->statusLabel()->text().contains(QStringLiteral("förbindelsen bruten")));
    CHECK(find<QLineEdit>(window, "riskTitleEdit")->text() == QStringLiteral("Hot i entrén"));
    Query(admin->database(), QStringLiteral("ALTER ROLE %1 LOGIN").arg(anna)).exec();
    REQUIRE(restored.wait(RegisterSession::kReconnectIntervalMs * 3));
    CHECK_FALSE(window.session().connectionDown());
    CHECK_FALSE(actions->statusLabel()->text().contains(QStringLiteral("förbindelsen bruten")));
    QTest::mouseClick(find<QPushButton>(window, "riskApplyButton"), Qt::LeftButton);
    CHECK(admin->risks().get(riskA).title == QStringLiteral("Hot i entrén"));
    window.close();
}
