#include "retention/RetentionDialog.h"

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Register.h"
#include "retention/RetentionActions.h"
#include "storage/HashChain.h"
#include "storage/Query.h"

#include <QAction>
#include <QFileInfo>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace sakra;
using namespace sakra::gui;
using sakra::test::find;

TEST_CASE_METHOD(test::DemoWindow,
                 "Arkiv Gallring previews the demo's old incidents as the rules are typed and clears them "
                 "after a backup",
                 "[gui][retention]")
{
    QTemporaryDir backups;
    qputenv("SAKRA_BACKUP_DIR", backups.path().toUtf8());
    QAction* action = window.retention().retentionAction();
    REQUIRE(action->isEnabled());
    action->trigger();
    auto* dialog = find<RetentionDialog>(window, "retentionDialog");
    auto* table = find<QTableWidget>(*dialog, "retentionTable");
    auto* incidents = find<QSpinBox>(*dialog, "retentionIncidentMonths");
    CHECK(incidents->value() == 12); // the demo's rule
    const int due = table->rowCount();
    REQUIRE(due > 0);

    // The preview follows the rules typed, before they are saved.
    incidents->setValue(0);
    QTRY_COMPARE(table->rowCount(), 0);
    CHECK(reg().retentionRules().months().at(0) == 12);
    incidents->setValue(12);
    QTRY_COMPARE(table->rowCount(), due);

    QSignalSpy finished(dialog, &RetentionDialog::finished);
    dialog->runNow();
    REQUIRE(finished.wait(60000));
    CHECK(finished.first().at(0).toString().isEmpty());
    CHECK(QFileInfo::exists(finished.first().at(1).toString()));
    CHECK(window.findChild<QMessageBox*>(QStringLiteral("retentionDone")) != nullptr);
    CHECK(
        Query(reg().database(), QStringLiteral("SELECT count(*) FROM incident WHERE cleared_on IS NOT NULL"))
            .scalar()
            .toInt() == due);
    CHECK(HashChain::verify(reg().database()).intact());
    CHECK(table->rowCount() == 0);
    qunsetenv("SAKRA_BACKUP_DIR");
}
