#include "IncidentFilterPanel.h"

#include "widgets/Named.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>

namespace sakra::gui {

IncidentFilterPanel::IncidentFilterPanel(QWidget* parent)
    : QWidget(parent), m_search(named<QLineEdit>(this, "incidentSearchEdit")),
      m_kind(named<QComboBox>(this, "incidentKindFilter")),
      m_period(named<QComboBox>(this, "incidentPeriodFilter")),
      m_openOnly(named<QCheckBox>(this, "incidentOpenOnlyCheck", tr("Endast ö&ppna"))),
      m_seriousOnly(named<QCheckBox>(this, "incidentSeriousOnlyCheck", tr("Endast a&llvarliga"))),
      m_organisedCrime(
          named<QCheckBox>(this, "incidentOrganisedCrimeCheck", tr("Misstänkt &organiserad brottslighet"))),
      m_lateReport(
          named<QCheckBox>(this, "incidentLateReportCheck", tr("Anmälan till A&rbetsmiljöverket försenad"))),
      m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("incidentFilters"));

    m_search->setPlaceholderText(tr("Sök i beskrivning och KIA/IA-nummer (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_kind->addItem(tr("Alla typer"), -1);
    for (int k = 0; k < Incident::kKindCount; ++k)
        m_kind->addItem(Incident::kindLabel(Incident::Kind(k)), k);
    m_period->addItem(tr("Alla datum"), int(Period::All));
    m_period->addItem(tr("I år"), int(Period::ThisYear));
    m_period->addItem(tr("Förra året"), int(Period::LastYear));
    m_period->addItem(tr("Senaste 12 månaderna"), int(Period::Last12Months));
    m_period->addItem(tr("Senaste 30 dagarna"), int(Period::Last30Days));
    m_lateReport->setToolTip(tr("Allvarliga händelser som inte anmälts till Arbetsmiljöverket i tid"));
    auto* clear = new QPushButton(tr("Rensa filter"), this);
    clear->setObjectName(QStringLiteral("incidentClearFiltersButton"));

    auto* searchLabel = new QLabel(tr("&Sök:"), this);
    searchLabel->setBuddy(m_search);
    auto* kindLabel = new QLabel(tr("T&yp:"), this);
    kindLabel->setBuddy(m_kind);
    auto* periodLabel = new QLabel(tr("Peri&od:"), this);
    periodLabel->setBuddy(m_period);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(searchLabel, 0, 0);
    grid->addWidget(m_search, 0, 1, 1, 3);
    grid->addWidget(clear, 0, 4);
    grid->addWidget(kindLabel, 1, 0);
    grid->addWidget(m_kind, 1, 1);
    grid->addWidget(periodLabel, 1, 2);
    grid->addWidget(m_period, 1, 3);
    grid->addWidget(m_openOnly, 2, 1);
    grid->addWidget(m_seriousOnly, 2, 2, 1, 2);
    grid->addWidget(m_organisedCrime, 3, 1);
    grid->addWidget(m_lateReport, 3, 2, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    // Typing is read after a pause, so each key does not query the database.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &IncidentFilterPanel::changed);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &IncidentFilterPanel::changed);
    connect(m_period, &QComboBox::currentIndexChanged, this, &IncidentFilterPanel::changed);
    for (QCheckBox* box : {m_openOnly, m_seriousOnly, m_organisedCrime, m_lateReport})
        connect(box, &QCheckBox::toggled, this, &IncidentFilterPanel::changed);
    connect(clear, &QPushButton::clicked, this, &IncidentFilterPanel::clearFilters);
}

void IncidentFilterPanel::applyTo(IncidentQuery& query, const QDate& today) const
{
    query.text = m_search->text().trimmed();
    const int kind = m_kind->currentData().toInt();
    query.kind = kind >= 0 ? std::optional(Incident::Kind(kind)) : std::nullopt;
    query.from = QDate();
    query.to = QDate();
    switch (Period(m_period->currentData().toInt())) {
    case Period::All: break;
    case Period::ThisYear:
        query.from = QDate(today.year(), 1, 1);
        query.to = today;
        break;
    case Period::LastYear:
        query.from = QDate(today.year() - 1, 1, 1);
        query.to = QDate(today.year() - 1, 12, 31);
        break;
    case Period::Last12Months:
        query.from = today.addMonths(-12).addDays(1);
        query.to = today;
        break;
    case Period::Last30Days:
        query.from = today.addDays(-29);
        query.to = today;
        break;
    }
    query.openOnly = m_openOnly->isChecked();
    query.seriousOnly = m_seriousOnly->isChecked();
    query.organisedCrimeOnly = m_organisedCrime->isChecked();
    query.overdueOnly = m_lateReport->isChecked();
    query.today = today;
}

void IncidentFilterPanel::clearFilters()
{
    {
        const QSignalBlocker b1(m_search), b2(m_kind), b3(m_period), b4(m_openOnly), b5(m_seriousOnly),
            b6(m_organisedCrime), b7(m_lateReport);
        m_search->clear();
        m_kind->setCurrentIndex(0);
        m_period->setCurrentIndex(0);
        for (QCheckBox* box : {m_openOnly, m_seriousOnly, m_organisedCrime, m_lateReport})
            box->setChecked(false);
    }
    m_searchDelay->stop();
    Q_EMIT changed();
}

void IncidentFilterPanel::showLateReports()
{
    {
        const QSignalBlocker blocker(m_lateReport);
        clearFilters();
        m_lateReport->setChecked(true);
    }
    Q_EMIT changed();
}

} // namespace sakra::gui
