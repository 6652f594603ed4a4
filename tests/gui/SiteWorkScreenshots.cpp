// Renders work at sites without network as a person meets it: the hand-out dialog, the central
// window with its note of what is handed out, the merge preview with a conflict, the merged
// result and a package opened at the site with a central row read-only.
// Usage: sakra-site-screenshots OUTDIR [REGISTER] (under xvfb-run -a; scripts/screenshots.sh runs it).
#include "MainWindow.h"
#include "Register.h"
#include "RegisterSession.h"
#include "ScreenshotSupport.h"
#include "sync/HandoutDialog.h"
#include "sync/MergeDialog.h"
#include "sync/SiteWorkActions.h"
#include "widgets/UnitComboBox.h"

#include <QEventLoop>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

using namespace sakra;
using namespace sakra::gui;
namespace shots = sakra::test::shots;

namespace {

// Waits for signal of sender (at most a minute).
template <typename Sender, typename Signal> void waitFor(Sender* sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
}

// A title edited at the site and centrally (a conflict), a description at the site only.
void workOnBothSides(Register& central, const QString& packagePath, qint64 unit)
{
    RiskQuery query;
    query.scopeUnitId = unit;
    const auto rows = central.risks().list(query);
    if (rows.empty())
        return;
    Risk here = central.risks().get(rows.front().risk.id);
    auto package = Register::open(packagePath);
    package->database().setActor(QStringLiteral("Rektor Anna Berg"));
    RiskQuery same;
    same.text = here.title;
    for (const auto& row : package->risks().list(same)) {
        Risk there = package->risks().get(row.risk.id);
        there.title = QStringLiteral("Obehöriga på skolgården under raster");
        there.description =
            QStringLiteral("Grinden mot parkeringen står öppen; vaktmästaren stänger den nu kl. 8.15.");
        package->risks().update(there);
    }
    here.title = QStringLiteral("Obehöriga tar sig in på skolgården");
    central.risks().update(here);
}

int shoot(MainWindow& window, const QString& folder)
{
    int failed = 0;
    Register& reg = window.session().reg();
    const qint64 unit = reg.units().idsNamed(QStringLiteral("Utbildningsförvaltningen")).value(0);
    QTemporaryDir dir;
    const QString package = dir.filePath(QStringLiteral("Utbildningsförvaltningen utlämnad.sakra"));
    {
        HandoutDialog dialog(window.session(), &window);
        dialog.findChild<UnitComboBox*>(QStringLiteral("handoutUnitCombo"))->setUnitId(unit);
        dialog.findChild<QLineEdit*>(QStringLiteral("handoutToEdit"))
            ->setText(QStringLiteral("Skolkontoret, rektor Anna Berg"));
        dialog.show();
        failed += shots::save(dialog, folder, QStringLiteral("site-handout-dialog")) ? 0 : 1;
    }
    SiteWorkActions& site = window.siteWork();
    site.handOut(unit, QStringLiteral("Skolkontoret"), package);
    waitFor(&site, &SiteWorkActions::handedOut);
    shots::settle();
    failed += shots::save(window, folder, QStringLiteral("site-central-handed-out")) ? 0 : 1;

    workOnBothSides(reg, package, unit);
    MergeDialog* dialog = site.takeBack(package);
    waitFor(dialog, &MergeDialog::previewReady);
    shots::settle();
    failed += shots::save(*dialog, folder, QStringLiteral("site-merge-preview")) ? 0 : 1;
    if (!dialog->plan().conflicts.empty())
        dialog->choose(0, MergeDecision::Choice::Site);
    dialog->startMerge();
    waitFor(dialog, &MergeDialog::merged);
    shots::settle();
    failed += shots::save(*dialog, folder, QStringLiteral("site-merge-done")) ? 0 : 1;
    dialog->close();

    // At the site: the package open, the board above it chosen (a central row, read-only).
    MainWindow atSite;
    shots::showWindow(atSite);
    atSite.openFile(package);
    atSite.showArea(QStringLiteral("organisation"));
    shots::settle();
    if (auto* tree = atSite.findChild<QTreeView*>(QStringLiteral("unitTree"))) {
        const QModelIndex top = tree->model()->index(0, 0);
        tree->expand(top);
        tree->setCurrentIndex(tree->model()->index(0, 0, top));
    }
    shots::settle();
    failed += shots::save(atSite, folder, QStringLiteral("site-package-central-row")) ? 0 : 1;
    return failed;
}

} // namespace

int main(int argc, char* argv[])
{
    return shots::runTool(argc, argv, QStringLiteral("sakra-site-screenshots"), shoot);
}
