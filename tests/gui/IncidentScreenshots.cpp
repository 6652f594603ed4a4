// Renders the start page's overview and the incident, training, routine, alarm and
// self-assessment areas to PNG files for a person to look at. Usage:
//   sakra-incident-screenshots OUTDIR [REGISTER]
// Without a register the demo municipality is used. Run under Xvfb (xvfb-run -a).
#include "ApplicationSetup.h"
#include "MainWindow.h"
#include "Register.h"
#include "RegisterSession.h"
#include "SampleMunicipality.h"
#include "SampleRecords.h"
#include "ScreenshotSupport.h"
#include "alarm/AlarmListTab.h"
#include "assessment/AssessmentArea.h"
#include "assessment/AssessmentTableModel.h"
#include "dashboard/DashboardPage.h"
#include "incident/IncidentArea.h"
#include "incident/IncidentEditor.h"
#include "incident/IncidentListTab.h"
#include "incident/IncidentStatisticsTab.h"
#include "routine/RoutineListTab.h"
#include "training/TrainingListTab.h"
#include "widgets/EntityEditor.h"
#include "widgets/QueryTableModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

using namespace sakra;
using namespace sakra::gui;
using namespace sakra::test::shots;
using sakra::test::SampleRecords;

namespace {
// Shows the first row the predicate picks (an overdue one where there is one), else the first.
void showInteresting(RecordListTab* tab, const std::function<bool(const QModelIndex&)>& pick)
{
    RecordTableModel* model = tab->recordModel();
    qint64 id = model->idAt(0);
    for (int row = 0; row < model->rowCount(); ++row)
        if (pick(model->index(row, 0))) {
            id = model->idAt(row);
            break;
        }
    tab->showRecord(id);
}

bool overdue(const QModelIndex& index)
{
    return index.data(RecordTableModel::OverdueRole).toBool();
}

// Adds a few of each kind when the register has none (a demo without them, an old file), so
// every view has something to show.
void fillIfEmpty(Register& reg)
{
    const auto units = reg.units().ofKinds({UnitKind::Unit, UnitKind::Department});
    if (units.empty())
        return;
    const qint64 unit = units.back().id;
    const QDate today = QDate::currentDate();
    if (reg.incidents().count(IncidentQuery()) == 0)
        for (int i = 0; i < 60; ++i) {
            Incident incident;
            incident.unitId = units[size_t(i) % units.size()].id;
            incident.occurredOn = today.addDays(-i * 11);
            incident.kind = Incident::Kind(i % Incident::kKindCount);
            incident.severity = 1 + i % 4;
            incident.serious = i % 9 == 0;
            incident.description = QStringLiteral("Händelse i receptionen");
            reg.incidents().create(incident);
        }
    if (reg.trainings().count(TrainingQuery()) == 0)
        reg.trainings().create(
            SampleRecords::training(unit, Training::Kind::AlarmDrill, today.addMonths(-15)));
    if (reg.routines().count(RoutineQuery()) == 0)
        reg.routineUnits().link(reg.routines().create(SampleRecords::threatsRoutine(today.addYears(-2))),
                                unit);
    if (reg.alarmEquipment().count(AlarmQuery()) == 0)
        reg.alarmEquipment().create(SampleRecords::alarm(unit, AlarmEquipment::Kind::Personal, QDate()));
}

int shootIncidentAreas(MainWindow& window, const QString& folder)
{
    QTextStream out(stdout);
    int failures = 0;
    QElapsedTimer clock;

    clock.start();
    window.showArea(QStringLiteral("overview"));
    settle();
    out << "overview on screen: " << clock.elapsed() << " ms" << Qt::endl;
    failures += !save(window, folder, QStringLiteral("overview-01-start"));

    clock.restart();
    window.showArea(QStringLiteral("incident"));
    auto* incidents = window.findChild<IncidentArea*>();
    if (!incidents)
        return 1;
    incidents->setCurrentWidget(incidents->listTab());
    settle();
    out << "incident list on screen: " << clock.elapsed() << " ms" << Qt::endl;
    showInteresting(incidents->listTab(), overdue);
    failures += !save(window, folder, QStringLiteral("incident-01-lista"));
    failures += !save(*incidents->listTab()->editor(), folder, QStringLiteral("incident-02-redigering"));
    clock.restart();
    incidents->setCurrentWidget(incidents->statisticsTab());
    settle();
    out << "incident statistics on screen: " << clock.elapsed() << " ms" << Qt::endl;
    failures += !save(window, folder, QStringLiteral("incident-03-statistik"));
    if (auto* page = window.findChild<QWidget*>(QStringLiteral("incidentStatisticsPage")))
        failures += !save(*page, folder, QStringLiteral("incident-03b-statistik-hela"));

    window.showArea(QStringLiteral("training"));
    if (auto* tab = window.findChild<TrainingListTab*>()) {
        settle();
        showInteresting(tab, overdue);
        failures += !save(window, folder, QStringLiteral("training-01-lista"));
    }
    window.showArea(QStringLiteral("routine"));
    if (auto* tab = window.findChild<RoutineListTab*>()) {
        settle();
        showInteresting(tab, overdue);
        failures += !save(window, folder, QStringLiteral("routine-01-lista"));
    }
    window.showArea(QStringLiteral("alarm"));
    if (auto* tab = window.findChild<AlarmListTab*>()) {
        settle();
        showInteresting(tab, overdue);
        failures += !save(window, folder, QStringLiteral("alarm-01-lista"));
    }

    clock.restart();
    window.showArea(QStringLiteral("assessment"));
    if (auto* area = window.findChild<AssessmentArea*>()) {
        settle();
        out << "self-assessment on screen: " << clock.elapsed() << " ms" << Qt::endl;
        // A cell with a gap, so the reasons and recommendations show.
        AssessmentTableModel* model = area->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            bool found = false;
            for (int column = 1; column < model->columnCount(); ++column) {
                const QuestionAnswer* a = model->answerAt(model->index(row, column));
                if (a && a->applicable && a->answer != AssessmentAnswer::Yes) {
                    area->table()->setCurrentIndex(model->index(row, column));
                    found = true;
                    break;
                }
            }
            if (found)
                break;
        }
        failures += !save(window, folder, QStringLiteral("assessment-01-namnder"));
        area->levelCombo()->setCurrentIndex(
            area->levelCombo()->findData(int(AssessmentTableModel::Level::Units)));
        area->table()->setCurrentIndex(model->index(0, 1));
        failures += !save(window, folder, QStringLiteral("assessment-02-enheter"));
    }
    return failures;
}
} // namespace

int main(int argc, char* argv[])
{
    return runTool(argc, argv, QStringLiteral("sakra-incident-screenshots"), shootIncidentAreas,
                   QStringLiteral("OUTDIR [REGISTER]"), fillIfEmpty);
}
