// Renders the views of the risk area on a demo register to PNG files, for a person to look at.
// Usage: sakra-risk-screenshots OUTDIR [REGISTER]   (under xvfb-run -a, see the report of the risk area)
#include "ApplicationSetup.h"
#include "MainWindow.h"
#include "Register.h"
#include "RegisterSession.h"
#include "SampleMunicipality.h"
#include "ScreenshotSupport.h"
#include "risk/MakeRiskDialog.h"
#include "risk/RegradeRunner.h"
#include "risk/RiskArea.h"
#include "risk/RiskEditor.h"
#include "risk/RiskHeatMapPanel.h"
#include "risk/RiskListTab.h"
#include "risk/RiskMatrixDialog.h"
#include "risk/RiskTableModel.h"
#include "risk/ThreatAssessmentsDialog.h"
#include "widgets/HeatMapWidget.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

using namespace sakra;
using namespace sakra::gui;
using namespace sakra::test::shots;

namespace {
int shootRiskArea(MainWindow& window, const QString& folder)
{
    RegisterSession& session = window.session();
    int failures = 0;

    window.showArea(QStringLiteral("risk"));
    auto* area = window.findChild<RiskArea*>();
    if (!area)
        return 1;
    RiskListTab* list = area->riskList();
    settle();
    selectFirstRow(list, QStringLiteral("riskTable"));
    failures += !save(window, folder, QStringLiteral("risk-01-lista"));

    // The editor at its full height, as it scrolls.
    RiskEditor* editor = list->editor();
    QWidget editorFrame;
    {
        const QSize size(520, editor->sizeHint().height() + 20);
        auto* scroll = editor->parentWidget()
                           ? qobject_cast<QScrollArea*>(editor->parentWidget()->parentWidget())
                           : nullptr;
        if (scroll) {
            scroll->takeWidget();
            editor->setParent(&editorFrame);
            editorFrame.resize(size);
            editor->resize(size);
            editorFrame.show();
            failures += !save(editorFrame, folder, QStringLiteral("risk-02-redigerare"));
            // Reassessed: a new likelihood, and the offer to date the assessment today.
            auto* likelihood = editor->findChild<QComboBox*>(QStringLiteral("riskLikelihoodCombo"));
            const int kept = likelihood->currentIndex();
            likelihood->setCurrentIndex(kept > 0 ? kept - 1 : kept + 1);
            failures += !save(editorFrame, folder, QStringLiteral("risk-02b-omvarderad"));
            editor->revert();
            editorFrame.hide();
            scroll->setWidget(editor);
        }
    }

    // The editor refusing an empty title.
    auto* title = window.findChild<QLineEdit*>(QStringLiteral("riskTitleEdit"));
    const QString kept = title->text();
    title->clear();
    window.findChild<QPushButton*>(QStringLiteral("riskApplyButton"))->click();
    failures += !save(window, folder, QStringLiteral("risk-03-validering"));
    window.findChild<QPushButton*>(QStringLiteral("riskResetButton"))->click();
    if (title->text() != kept)
        ++failures;

    // A heat-map cell filtering the list, and the panel alone.
    HeatMapWidget* map = list->heatMapPanel()->heatMap();
    const RiskRow* first = list->model()->rowAt(0);
    if (first)
        map->selectCell(first->risk.likelihood, first->risk.consequence);
    map->setFocus();
    failures += !save(window, folder, QStringLiteral("risk-04-ruta-filtrerar"));
    failures += !save(*list->heatMapPanel(), folder, QStringLiteral("risk-05-varmekarta"));
    map->clearSelection();
    list->heatMapPanel()->findChild<QRadioButton*>(QStringLiteral("heatMapAfterButton"))->setChecked(true);
    failures += !save(*list->heatMapPanel(), folder, QStringLiteral("risk-06-varmekarta-efter"));
    list->heatMapPanel()->findChild<QRadioButton*>(QStringLiteral("heatMapBeforeButton"))->setChecked(true);

    // Overdue reviews only.
    if (auto* overdue = window.findChild<QAbstractButton*>(QStringLiteral("riskOverdueFilter"))) {
        overdue->setChecked(true);
        selectFirstRow(list, QStringLiteral("riskTable"));
        failures += !save(window, folder, QStringLiteral("risk-07-forsenade"));
        overdue->setChecked(false);
    }

    // The matrix editor: as it is, with a problem, and with consequence dimensions.
    {
        RiskMatrixDialog dialog(session, &window);
        dialog.show();
        failures += !save(dialog, folder, QStringLiteral("risk-08-matris"));
        dialog.findChild<QSpinBox*>(QStringLiteral("matrixLikelihoodSizeSpin"))->setValue(3);
        dialog.findChild<QTabWidget*>(QStringLiteral("matrixPages"))->setCurrentIndex(1);
        failures += !save(dialog, folder, QStringLiteral("risk-09-matris-problem"));
        auto* dimensions = dialog.findChild<QTableWidget*>(QStringLiteral("matrixDimensionsTable"));
        dialog.findChild<QPushButton*>(QStringLiteral("addDimensionButton"))->click();
        dimensions->item(0, 0)->setText(QStringLiteral("liv"));
        dimensions->item(0, 1)->setText(QStringLiteral("Liv och hälsa"));
        dimensions->item(0, 2)->setText(QStringLiteral("Life and health"));
        dialog.findChild<QPushButton*>(QStringLiteral("addDimensionButton"))->click();
        dimensions->item(1, 0)->setText(QStringLiteral("verksamhet"));
        dimensions->item(1, 1)->setText(QStringLiteral("Verksamhet"));
        dimensions->item(1, 2)->setText(QStringLiteral("Operations"));
        dialog.findChild<QSpinBox*>(QStringLiteral("matrixLikelihoodSizeSpin"))->setValue(5);
        dialog.findChild<QTabWidget*>(QStringLiteral("matrixPages"))->setCurrentIndex(2);
        failures += !save(dialog, folder, QStringLiteral("risk-10-matris-dimensioner"));
        dialog.reject();
    }

    const QStringList names{
        QString(), QStringLiteral("risk-11-inventeringar"), QStringLiteral("risk-12-vandringar"),
        QStringLiteral("risk-13-lokalinventeringar"), QStringLiteral("risk-14-kategorier")};
    const QStringList tables{QString(), QStringLiteral("inventoriesTable"), QStringLiteral("walksTable"),
                             QStringLiteral("premisesTable"), QStringLiteral("categoriesTable")};
    for (int i = 1; i < area->count() && i < names.size(); ++i) {
        area->setCurrentIndex(i);
        settle();
        selectFirstRow(area->widget(i), tables.at(i));
        if (i == 2)
            selectFirstRow(area->widget(i), QStringLiteral("findingsTable"));
        failures += !save(window, folder, names.at(i));
    }

    // Turning a finding into a risk.
    {
        Register& reg = session.reg();
        const auto walks = reg.securityWalks().list(0);
        for (const WalkFinding& f :
             walks.empty() ? std::vector<WalkFinding>() : reg.walkFindings().ofWalk(walks.front().id)) {
            if (f.riskId != 0)
                continue;
            MakeRiskDialog dialog(session, walks.front(), f, &window);
            dialog.show();
            failures += !save(dialog, folder, QStringLiteral("risk-15-gor-till-risk"));
            dialog.reject();
            break;
        }
    }

    // The restricted view, opened on purpose.
    {
        ThreatAssessmentsDialog dialog(session, &window);
        dialog.show();
        settle();
        selectFirstRow(&dialog, QStringLiteral("threatsTable"));
        failures += !save(dialog, folder, QStringLiteral("risk-16-hotbildsbedomningar"));
        dialog.reject();
    }

    // The progress of a matrix change, taken as it appears (the worker is quick on the demo): the
    // matrix saved again as it is, which changes nothing.
    {
        RegradeRunner runner(session, &window);
        runner.restore(session.reg().riskMatrix().current(), {});
        auto* progress = window.findChild<QProgressDialog*>(QStringLiteral("regradeProgress"));
        if (progress) {
            progress->setValue(progress->maximum() / 2);
            failures +=
                !progress->grab().save(QDir(folder).filePath(QStringLiteral("risk-17-omrakning.png")));
        } else {
            ++failures;
        }
        while (runner.isRunning())
            settle();
    }

    window.close();
    return failures;
}
} // namespace

int main(int argc, char* argv[])
{
    return runTool(argc, argv, QStringLiteral("sakra-risk-screenshots"), shootRiskArea);
}
