#include "DashboardPage.h"

#include "DashboardTile.h"
#include "MainWindow.h"
#include "Register.h"
#include "RegisterSession.h"
#include "action/ActionArea.h"
#include "action/ActionListTab.h"
#include "alarm/AlarmListTab.h"
#include "incident/Incident.h"
#include "incident/IncidentArea.h"
#include "incident/IncidentBarChart.h"
#include "incident/IncidentStatistics.h"
#include "incident/IncidentStatisticsTab.h"
#include "incident/RecordFilterPanel.h"
#include "routine/RoutineListTab.h"
#include "training/TrainingListTab.h"
#include "widgets/Named.h"
#include "widgets/Scrollable.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sakra::gui {

DashboardPage::DashboardPage(RegisterSession& session, QWidget* parent)
    : SessionTab(session, parent), m_heading(named<QLabel>(this, "dashboardHeading")),
      m_risks(named<DashboardTile>(this, "dashboardRisksTile")),
      m_actions(named<DashboardTile>(this, "dashboardActionsTile")),
      m_training(named<DashboardTile>(this, "dashboardTrainingTile")),
      m_routines(named<DashboardTile>(this, "dashboardRoutinesTile")),
      m_alarms(named<DashboardTile>(this, "dashboardAlarmsTile")),
      m_incidents(named<DashboardTile>(this, "dashboardIncidentsTile")),
      m_years(named<IncidentBarChart>(this, "dashboardIncidentYearsChart"))
{
    watch<Risk, RiskMatrixSetting, Action, Training, Routine, RoutineUnit, AlarmEquipment, Incident, OrgUnit,
          UnitSite>();
    setObjectName(QStringLiteral("dashboardPage"));
    m_years->setAccessibleName(tr("Händelser i år och förra året"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);

    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_heading);
    auto* hint = new QLabel(tr("Välj en siffra för att se vad den räknar."), page);
    layout->addWidget(hint);
    auto* grid = new QGridLayout;
    grid->setSpacing(12);
    grid->addWidget(m_risks, 0, 0);
    grid->addWidget(m_actions, 0, 1);
    grid->addWidget(m_incidents, 0, 2);
    grid->addWidget(m_training, 1, 0);
    grid->addWidget(m_routines, 1, 1);
    grid->addWidget(m_alarms, 1, 2);
    layout->addLayout(grid);
    auto* yearsBox = new QGroupBox(tr("Händelser per typ, i år mot samma period förra året"), page);
    auto* yearsLayout = new QVBoxLayout(yearsBox);
    yearsLayout->addWidget(m_years);
    layout->addWidget(yearsBox);
    layout->addStretch();

    fillWith(*this, scrollable(page, this));

    // Tab order follows the reading order: the first row, then the second.
    setTabOrder(m_risks, m_actions);
    setTabOrder(m_actions, m_incidents);
    setTabOrder(m_incidents, m_training);
    setTabOrder(m_training, m_routines);
    setTabOrder(m_routines, m_alarms);

    connect(m_risks, &QPushButton::clicked, this, [this] { open(QStringLiteral("risk")); });
    connect(m_actions, &QPushButton::clicked, this, [this] { openOverdue(QStringLiteral("action")); });
    connect(m_training, &QPushButton::clicked, this, [this] { openOverdue(QStringLiteral("training")); });
    connect(m_routines, &QPushButton::clicked, this, [this] { openOverdue(QStringLiteral("routine")); });
    connect(m_alarms, &QPushButton::clicked, this, [this] { openOverdue(QStringLiteral("alarm")); });
    connect(m_incidents, &QPushButton::clicked, this, [this] { open(QStringLiteral("incident")); });
}

void DashboardPage::reload()
{
    if (!session().hasRegister()) {
        m_heading->clear();
        return;
    }
    Register& reg = session().reg();
    const qint64 scope = session().scopeUnitId();
    QString scopeName = reg.database().seesEverything() ? tr("hela kommunen") : tr("dina enheter");
    if (scope)
        if (const auto unit = reg.units().find(scope))
            scopeName = unit->name;
    const QDate today = QDate::currentDate();
    m_heading->setText(
        tr("Översikt för %1, %2").arg(scopeName, QLocale().toString(today, QLocale::LongFormat)));
    const QLocale locale;
    try {
        const DashboardFigures f = reg.dashboard().figures(scope, today);
        m_risks->setCount(f.openHighRisks, tr("öppna höga risker"),
                          tr("Risker på hög nivå som ännu inte är hanterade."),
                          tr("Inga öppna höga risker."));
        m_actions->setCount(f.overdueActions, tr("försenade åtgärder"),
                            tr("Planerade eller pågående åtgärder vars slutdatum har passerat."),
                            tr("Inga åtgärder är försenade."));
        m_training->setCount(f.overdueTrainings, tr("försenade utbildningar och övningar"),
                             tr("Enheter som är skyldiga ett nytt tillfälle av en återkommande "
                                "utbildning eller övning."),
                             tr("Inga återkommande utbildningar eller övningar är försenade."));
        m_routines->setCount(f.overdueRoutineReviews, tr("rutiner med försenad granskning"),
                             tr("Rutiner som gäller här och skulle ha granskats."),
                             tr("Alla rutiner är granskade i tid."));
        m_alarms->setCount(f.overdueAlarmTests, tr("larm med försenat test"),
                           tr("Larmutrustning som aldrig testats eller skulle ha testats."),
                           tr("All larmutrustning är testad i tid."));
        QString change;
        if (f.incidentsLastYearToDate > 0) {
            const double percent = 100.0 * double(f.incidentsThisYear - f.incidentsLastYearToDate) /
                                   double(f.incidentsLastYearToDate);
            change = percent >= 0 ? tr(" (+%1 %)").arg(locale.toString(percent, 'f', 0))
                                  : tr(" (−%1 %)").arg(locale.toString(-percent, 'f', 0));
        }
        m_incidents->setFigure(locale.toString(f.incidentsThisYear), tr("händelser i år"),
                               tr("Samma period förra året: %1%2. Hela förra året: %3.")
                                   .arg(locale.toString(f.incidentsLastYearToDate), change,
                                        locale.toString(f.incidentsLastYear)),
                               false);

        const YearComparison years = IncidentStatistics(reg.database()).yearComparison(scope, today);
        std::vector<ComparisonChart::Figure> bars;
        for (int k = 0; k < IncidentStatistics::kKindCount; ++k) {
            const auto kind =
                Incident::kKinds.fromCode(QLatin1String(IncidentStatistics::kindCodes()[size_t(k)]));
            bars.push_back({kind ? Incident::kKinds.label(*kind) : QString(), years.thisYear[size_t(k)],
                            years.lastYearToDate[size_t(k)]});
        }
        m_years->setFigures(std::move(bars), tr("I år"), tr("Samma period förra året"));
    } catch (const Error& e) {
        m_heading->setText(tr("Översikten kunde inte läsas: %1").arg(e.message()));
    }
}

void DashboardPage::open(const QString& key)
{
    auto* window = qobject_cast<MainWindow*>(this->window());
    if (!window)
        return;
    window->showArea(key);
    if (key == QLatin1String("incident"))
        if (auto* area = window->findChild<IncidentArea*>())
            area->setCurrentWidget(area->statisticsTab());
    Q_EMIT areaOpened(key);
}

void DashboardPage::openOverdue(const QString& key)
{
    open(key);
    auto* window = this->window();
    // The area's list filtered to what the figure counted.
    if (key == QLatin1String("action")) {
        if (auto* area = window->findChild<ActionArea*>()) {
            area->setCurrentWidget(area->listTab());
            area->listTab()->showOverdue();
        }
    } else if (key == QLatin1String("training")) {
        if (auto* tab = window->findChild<TrainingListTab*>())
            tab->filters()->showOverdueOnly();
    } else if (key == QLatin1String("routine")) {
        if (auto* tab = window->findChild<RoutineListTab*>())
            tab->filters()->showOverdueOnly();
    } else if (key == QLatin1String("alarm")) {
        if (auto* tab = window->findChild<AlarmListTab*>())
            tab->filters()->showOverdueOnly();
    }
}

} // namespace sakra::gui
