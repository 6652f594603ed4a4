// Renders every view of the main window on a demo register to PNG files, for a person to look
// at (scripts/screenshots.sh). Usage: sakra-screenshots OUTDIR [REGISTER]
#include "ApplicationSetup.h"
#include "MainWindow.h"
#include "Register.h"
#include "RegisterSession.h"
#include "SampleMunicipality.h"
#include "ScreenshotSupport.h"
#include "SettingsDialog.h"
#include "StartRegisterWizard.h"
#include "organisation/UnitTreeModel.h"
#include "widgets/MessageLabel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTreeView>
#include <tuple>

using namespace sakra;
using namespace sakra::gui;
using namespace sakra::test::shots;

namespace {
// Prefixed so other areas' screenshot tools can share the folder.
bool saveView(QWidget& window, const QString& folder, const QString& name)
{
    return sakra::test::shots::save(window, folder, QStringLiteral("organisation-") + name);
}

int shootStart(MainWindow& window, const QString& folder);

int shootOrganisation(MainWindow& window, const QString& folder)
{
    int failures = 0;

    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("organisationArea"));
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("unitTree"));
    if (!tabs || !tree)
        return 1;

    // Organisation: open an administration so the tree shows three levels and the editor a
    // unit with a board.
    tabs->setCurrentIndex(0);
    settle();
    const QModelIndex top = tree->model()->index(0, 0);
    QModelIndex pick = top;
    for (int row = 0; row < tree->model()->rowCount(top); ++row) {
        const QModelIndex board = tree->model()->index(row, 0, top);
        tree->expand(board);
        settle();
        if (tree->model()->rowCount(board) > 0) {
            pick = tree->model()->index(0, 0, board);
            tree->expand(pick);
            break;
        }
    }
    tree->setCurrentIndex(pick);
    failures += !saveView(window, folder, QStringLiteral("01-enheter"));

    // The same editor refusing an empty name.
    auto* name = window.findChild<QLineEdit*>(QStringLiteral("unitNameEdit"));
    const QString kept = name->text();
    name->clear();
    window.findChild<QPushButton*>(QStringLiteral("unitApplyButton"))->click();
    failures += !saveView(window, folder, QStringLiteral("02-enheter-tomt-namn"));
    name->setText(kept);
    window.findChild<MessageLabel*>(QStringLiteral("unitMessage"))->clearMessage();

    const QStringList names{QString(),
                            QStringLiteral("03-lokaler"),
                            QStringLiteral("04-personer"),
                            QStringLiteral("05-uppdrag"),
                            QStringLiteral("06-bemanning"),
                            QStringLiteral("07-kravprofiler"),
                            QStringLiteral("08-milstolpar"),
                            QStringLiteral("09-budget")};
    for (int i = 1; i < tabs->count() && i < names.size(); ++i) {
        tabs->setCurrentIndex(i);
        settle();
        selectFirstRow(tabs->widget(i));
        failures += !saveView(window, folder, names.at(i));
    }
    // The budget's second page: the planned posts' cost against each board's allocation.
    if (auto* overview = window.findChild<QTabWidget*>(QStringLiteral("budgetOverviewTabs"))) {
        overview->setCurrentIndex(1);
        settle();
        failures += !saveView(window, folder, QStringLiteral("09-budget-tjanster"));
        overview->setCurrentIndex(0);
    }

    // A scope: the first administration-like branch in the selector.
    auto* scope = window.findChild<QComboBox*>(QStringLiteral("scopeSelector"));
    for (int i = 1; i < scope->count(); ++i) {
        if (scope->itemData(i, Qt::ToolTipRole).toString() == kUnitKinds.label(UnitKind::Administration)) {
            scope->setCurrentIndex(i);
            Q_EMIT scope->activated(i);
            break;
        }
    }
    tabs->setCurrentIndex(4);
    failures += !saveView(window, folder, QStringLiteral("10-bemanning-omfattning"));
    tabs->setCurrentIndex(0);
    failures += !saveView(window, folder, QStringLiteral("11-enheter-omfattning"));

    failures += shootStart(window, folder);
    window.close();
    return failures;
}

// The welcome page of a window with no register, the handbook, the shortcuts and the settings.
int shootStart(MainWindow& window, const QString& folder)
{
    int failures = 0;
    MainWindow empty;
    empty.resize(windowSize());
    empty.show();
    settle();
    failures += !save(empty, folder, QStringLiteral("start-01-valkommen"));
    empty.close();

    const auto dialogNamed = [](const char* name) -> QWidget* {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String(name) && w->isVisible())
                return w;
        return nullptr;
    };
    for (const auto& [action, dialog, file] :
         {std::tuple{"handbookAction", "handbookDialog", "start-02-handbok"},
          std::tuple{"shortcutsAction", "shortcutsDialog", "start-03-kortkommandon"}}) {
        window.findChild<QAction*>(QLatin1String(action))->trigger();
        settle();
        QWidget* shown = dialogNamed(dialog);
        failures += !shown || !save(*shown, folder, QLatin1String(file));
        if (shown)
            shown->close();
    }
    SettingsDialog settings(&window);
    settings.show();
    settle();
    failures += !save(settings, folder, QStringLiteral("start-04-installningar"));
    StartRegisterWizard wizard(QDir::tempPath(), &window);
    wizard.show();
    settle();
    failures += !save(wizard, folder, QStringLiteral("start-05-eget-register"));
    return failures;
}
} // namespace

int main(int argc, char* argv[])
{
    return runTool(argc, argv, QStringLiteral("sakra-screenshots"), shootOrganisation);
}
