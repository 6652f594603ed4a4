#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Register.h"
#include "RegisterFiles.h"
#include "RegisterSession.h"
#include "sync/Handout.h"
#include "sync/MergeDialog.h"
#include "sync/SiteWorkActions.h"
#include "widgets/MessageLabel.h"

#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>

using namespace sakra;
using namespace sakra::gui;
using sakra::test::find;

namespace {

// The first risk of the unit's subtree, in reg.
Risk firstRiskBelow(Register& reg, qint64 unit)
{
    RiskQuery query;
    query.scopeUnitId = unit;
    const auto rows = reg.risks().list(query);
    REQUIRE(!rows.empty());
    return reg.risks().get(rows.front().risk.id);
}

// The risk in other with the same UUID as risk.
Risk sameRisk(Register& other, const Risk& risk)
{
    RiskQuery query;
    query.text = risk.title;
    for (const auto& row : other.risks().list(query))
        if (row.risk.uuid == risk.uuid)
            return other.risks().get(row.risk.id);
    FAIL("the risk is not in the other register");
    return {};
}

} // namespace

TEST_CASE_METHOD(test::DemoWindow,
                 "A unit handed out from the window comes back through the merge preview with a "
                 "conflict decided by the coordinator",
                 "[gui][sync]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("skolkontoret.sakra"));
    SiteWorkActions& site = window.siteWork();
    CHECK(site.handOutAction()->isEnabled());
    const qint64 unit = reg().units().idsNamed(QStringLiteral("Utbildningsförvaltningen")).value(0);

    QSignalSpy handedOut(&site, &SiteWorkActions::handedOut);
    site.handOut(unit, QStringLiteral("Skolkontoret"), path);
    REQUIRE(handedOut.wait(30000));
    CHECK(handedOut.first().at(1).toString().isEmpty());
    CHECK(QFile::exists(path));
    CHECK(site.statusLabel()->text().contains(QStringLiteral("Utbildningsförvaltningen")));
    CHECK(site.statusLabel()->toolTip().contains(QStringLiteral("Skolkontoret")));

    // Work at the site and centrally meanwhile: the same field, two values.
    const Risk central = firstRiskBelow(reg(), unit);
    {
        auto package = Register::open(path);
        Risk r = sameRisk(*package, central);
        r.title = QStringLiteral("Skolgården, platsens rubrik");
        package->risks().update(r);
    }
    Risk edited = central;
    edited.title = QStringLiteral("Skolgården, central rubrik");
    reg().risks().update(edited);

    MergeDialog* dialog = site.takeBack(path);
    QSignalSpy ready(dialog, &MergeDialog::previewReady);
    REQUIRE(ready.wait(30000));
    CHECK(ready.first().at(0).toString().isEmpty());
    REQUIRE(dialog->plan().conflicts.size() == 1);
    CHECK(find<QLabel>(*dialog, "mergeSummary")->text().contains(QStringLiteral("1 konflikt att avgöra")));
    auto* apply = find<QPushButton>(*dialog, "mergeApplyButton");
    CHECK_FALSE(apply->isEnabled()); // not before every conflict has a choice
    dialog->choose(0, MergeDecision::Choice::Site);
    REQUIRE(apply->isEnabled());

    QSignalSpy merged(dialog, &MergeDialog::merged);
    apply->click();
    REQUIRE(merged.wait(30000));
    CHECK(merged.first().at(0).toString().isEmpty());
    CHECK(reg().risks().get(central.id).title == QStringLiteral("Skolgården, platsens rubrik"));
    CHECK(find<QLabel>(*dialog, "mergeSummary")->text().contains(QStringLiteral("sammanfogad")));
    CHECK_FALSE(apply->isEnabled());
    dialog->close();
}

TEST_CASE("A package opened in the window shows the central register's rows read-only", "[gui][sync]")
{
    test::TempRegisterFile central;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("del.sakra"));
    {
        auto reg = Register::open(central.path());
        Handout::make(reg->database(),
                      {reg->units().idsNamed(QStringLiteral("Utbildningsförvaltningen")).value(0),
                       QStringLiteral("Skolkontoret"), path});
    }
    MainWindow window;
    test::openShown(window, path);
    SiteWorkActions& site = window.siteWork();
    CHECK(site.statusLabel()->text().contains(QStringLiteral("Utlämnad del: Utbildningsförvaltningen")));
    CHECK_FALSE(site.handOutAction()->isEnabled());
    // The first unit below the top is the board above the package: a reference row.
    test::selectFirstUnit(window);
    CHECK_FALSE(find<QLineEdit>(window, "unitNameEdit")->isEnabled());
    CHECK_FALSE(find<QPushButton>(window, "unitApplyButton")->isEnabled());
    CHECK(find<MessageLabel>(window, "unitMessage")->text().contains(QStringLiteral("centrala registret")));
}

TEST_CASE("A merge killed in its commit leaves the central register as it was", "[gui][sync][crash]")
{
    test::TempRegisterFile central;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("del.sakra"));
    QStringList before;
    {
        auto reg = Register::open(central.path());
        const qint64 unit = reg->units().idsNamed(QStringLiteral("Utbildningsförvaltningen")).value(0);
        Handout::make(reg->database(), {unit, QStringLiteral("Skolkontoret"), path});
        // Enough new rows at the site that the merge's commit takes a while.
        auto package = Register::open(path);
        IncidentQuery query;
        const auto incidents = package->incidents().list(query);
        REQUIRE(!incidents.empty());
        Incident copy = package->incidents().get(incidents.front().incident.id);
        for (int i = 0; i < 400; ++i) {
            copy.description = QStringLiteral("Händelse %1 på platsen").arg(i);
            package->incidents().create(copy);
        }
        before << QString::number(reg->stats().size());
        for (const auto& [label, count] : reg->stats())
            before << QStringLiteral("%1 %2").arg(label).arg(count);
        before << QString::number(reg->history().count());
    }
    const QString journal = InterruptedWrite::journalPath(central.path());
    bool interrupted = false;
    for (int attempt = 0; attempt < 5 && !interrupted; ++attempt) {
        QProcess merge;
        merge.start(QStringLiteral(SAKRA_CLI_PATH),
                    {QStringLiteral("merge"), central.path(), QStringLiteral("--package"), path,
                     QStringLiteral("--prefer"), QStringLiteral("site")});
        REQUIRE(merge.waitForStarted());
        while (merge.state() == QProcess::Running && !test::journalReady(journal))
            QThread::usleep(50);
        merge.kill(); // SIGKILL: no rollback, no destructor
        merge.waitForFinished();
        interrupted = InterruptedWrite::detect(central.path());
    }
    REQUIRE(interrupted);
    auto reg = Register::open(central.path()); // rolls the cut-off merge back
    QStringList after;
    after << QString::number(reg->stats().size());
    for (const auto& [label, count] : reg->stats())
        after << QStringLiteral("%1 %2").arg(label).arg(count);
    after << QString::number(reg->history().count());
    CHECK(after == before);
    CHECK(reg->database().integrityProblem().isEmpty());
    CHECK(HashChain::verify(reg->database()).intact());
    CHECK(reg->handedOut().front().merges == 0);
}
