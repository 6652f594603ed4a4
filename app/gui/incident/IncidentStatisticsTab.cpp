#include "IncidentStatisticsTab.h"

#include "IncidentBarChart.h"
#include "IncidentTrendChart.h"
#include "Register.h"
#include "RegisterSession.h"
#include "incident/Incident.h"
#include "incident/IncidentStatistics.h"
#include "widgets/Named.h"
#include "widgets/Scrollable.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <map>

namespace sakra::gui {

namespace {
QGroupBox* box(const QString& title, QWidget* content, QWidget* parent)
{
    auto* group = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(content);
    return group;
}
} // namespace

IncidentStatisticsTab::IncidentStatisticsTab(RegisterSession& session, QWidget* parent)
    : SessionTab(session, parent), m_year(named<QComboBox>(this, "incidentStatisticsYearCombo")),
      m_summary(named<QLabel>(this, "incidentStatisticsSummary")),
      m_perKind(named<IncidentBarChart>(this, "incidentKindChart")),
      m_perUnit(named<IncidentBarChart>(this, "incidentUnitChart")),
      m_trend(named<IncidentTrendChart>(this, "incidentTrendChart"))
{
    watch<Incident, OrgUnit>();
    setObjectName(QStringLiteral("incidentStatisticsTab"));
    m_perKind->setAccessibleName(tr("Händelser per typ"));
    m_perUnit->setAccessibleName(tr("Händelser per enhet"));
    m_trend->setAccessibleName(tr("Händelser per kvartal"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.1);
    m_summary->setFont(summaryFont);

    auto* yearLabel = new QLabel(tr("&År:"), this);
    yearLabel->setBuddy(m_year);
    auto* top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addSpacing(16);
    top->addWidget(m_summary, 1);

    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("incidentStatisticsPage"));
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->addLayout(top);
    auto* charts = new QHBoxLayout;
    charts->addWidget(box(tr("Per typ"), m_perKind, page), 1);
    charts->addWidget(box(tr("Per enhet"), m_perUnit, page), 1);
    charts->setAlignment(Qt::AlignTop);
    pageLayout->addLayout(charts);
    pageLayout->addWidget(box(tr("Per kvartal, med samma kvartal året före"), m_trend, page));
    pageLayout->addStretch();

    QScrollArea* scroll = scrollable(page, this);
    scroll->setObjectName(QStringLiteral("incidentStatisticsScroll"));
    fillWith(*this, scroll);

    connect(m_year, &QComboBox::currentIndexChanged, this, &IncidentStatisticsTab::reload);
}

void IncidentStatisticsTab::fillYears()
{
    const int current = QDate::currentDate().year();
    const int chosen = m_year->count() ? m_year->currentData().toInt() : current;
    const QSignalBlocker blocker(m_year);
    m_year->clear();
    for (int year = current; year >= current - 9; --year)
        m_year->addItem(QString::number(year), year);
    const int index = m_year->findData(chosen);
    m_year->setCurrentIndex(index >= 0 ? index : 0);
}

void IncidentStatisticsTab::reload()
{
    if (m_year->count() == 0)
        fillYears();
    if (!session().hasRegister()) {
        m_perKind->setFigures({});
        m_perUnit->setFigures({});
        m_trend->setFigures({}, QString(), QString());
        m_summary->clear();
        return;
    }
    const QDate today = QDate::currentDate();
    const int year = m_year->currentData().toInt();
    // A year under way is compared day for day with the same part of the year before.
    const QDate from(year, 1, 1);
    const QDate to = year == today.year() ? today : QDate(year, 12, 31);
    const QDate previousFrom = from.addYears(-1);
    const QDate previousTo = to.addYears(-1);
    const qint64 scope = session().scopeUnitId();
    const QString thisName =
        year == today.year()
            ? tr("%1 t.o.m. %2").arg(year).arg(QLocale().toString(to, QStringLiteral("d MMM")))
            : QString::number(year);
    const QString previousName =
        year == today.year()
            ? tr("%1 t.o.m. %2").arg(year - 1).arg(QLocale().toString(previousTo, QStringLiteral("d MMM")))
            : QString::number(year - 1);
    try {
        IncidentStatistics statistics(session().reg().database());
        const KindCounts now = statistics.perKind(scope, from, to);
        const KindCounts before = statistics.perKind(scope, previousFrom, previousTo);
        std::vector<ComparisonChart::Figure> kinds;
        for (int k = 0; k < IncidentStatistics::kKindCount; ++k) {
            const auto kind =
                Incident::kKinds.fromCode(QLatin1String(IncidentStatistics::kindCodes()[size_t(k)]));
            kinds.push_back(
                {kind ? Incident::kKinds.label(*kind) : QString(), now[size_t(k)], before[size_t(k)]});
        }
        m_perKind->setFigures(std::move(kinds), thisName, previousName);

        std::map<qint64, qint64> earlier;
        for (const UnitIncidents& u : statistics.perUnit(scope, previousFrom, previousTo))
            earlier[u.own ? -u.unitId : u.unitId] = u.counts.total();
        std::vector<ComparisonChart::Figure> units;
        for (const UnitIncidents& u : statistics.perUnit(scope, from, to)) {
            const auto found = earlier.find(u.own ? -u.unitId : u.unitId);
            units.push_back({u.own ? tr("%1 (egna)").arg(u.unitName) : u.unitName, u.counts.total(),
                             found != earlier.end() ? found->second : 0});
        }
        m_perUnit->setFigures(std::move(units), thisName, previousName);

        // Eight quarters up to the chosen year's last (or today's), each beside the one a year before.
        const Quarter last = Quarter::of(to);
        Quarter first = last;
        for (int i = 0; i < 7; ++i)
            first = first.previous();
        Quarter earliest = first;
        for (int i = 0; i < 4; ++i)
            earliest = earliest.previous();
        const std::vector<QuarterIncidents> quarters = statistics.perQuarter(scope, earliest, last);
        std::vector<ComparisonChart::Figure> points;
        for (size_t i = 4; i < quarters.size(); ++i)
            points.push_back(
                {quarters[i].quarter.label(), quarters[i].counts.total(), quarters[i - 4].counts.total()});
        m_trend->setFigures(std::move(points), tr("Händelser"), tr("Samma kvartal året före"));

        const qint64 total = now.total();
        const qint64 previous = before.total();
        QString summary =
            tr("%1: %2 händelser, %3: %4.")
                .arg(thisName, QLocale().toString(total), previousName, QLocale().toString(previous));
        if (previous > 0) {
            const double change = 100.0 * double(total - previous) / double(previous);
            summary += QLatin1Char(' ') +
                       (change >= 0 ? tr("En ökning med %1 %.").arg(QLocale().toString(change, 'f', 0))
                                    : tr("En minskning med %1 %.").arg(QLocale().toString(-change, 'f', 0)));
        }
        m_summary->setText(summary);
    } catch (const Error& e) {
        m_summary->setText(tr("Statistiken kunde inte läsas: %1").arg(e.message()));
    }
}

} // namespace sakra::gui
