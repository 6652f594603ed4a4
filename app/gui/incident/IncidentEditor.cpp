#include "IncidentEditor.h"

#include "IncidentLinksPanel.h"
#include "Register.h"
#include "widgets/Formatting.h"
#include "widgets/Named.h"
#include "widgets/OptionalDateEdit.h"
#include "widgets/Palette.h"
#include "widgets/UnitComboBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace sakra::gui {

namespace {

QWidget* row(QWidget* parent, std::initializer_list<QWidget*> widgets, bool vertical = false)
{
    auto* box = new QWidget(parent);
    QBoxLayout* layout = vertical ? static_cast<QBoxLayout*>(new QVBoxLayout(box)) : new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(vertical ? 2 : 6);
    for (QWidget* w : widgets)
        layout->addWidget(w);
    if (!vertical)
        layout->addStretch();
    return box;
}
} // namespace

IncidentEditor::IncidentEditor(RegisterSession& session, QWidget* parent)
    : EntityForm(session, QStringLiteral("incident"), parent),
      m_date(named<QDateEdit>(this, "incidentDateEdit")),
      m_timeKnown(named<QCheckBox>(this, "incidentTimeKnownCheck", tr("klockan"))),
      m_time(named<QTimeEdit>(this, "incidentTimeEdit")),
      m_unit(named<UnitComboBox>(this, "incidentUnitCombo")),
      m_site(named<QComboBox>(this, "incidentSiteCombo")),
      m_target(named<QComboBox>(this, "incidentTargetCombo")),
      m_kind(named<QComboBox>(this, "incidentKindCombo")),
      m_channel(named<QComboBox>(this, "incidentChannelCombo")),
      m_severity(named<QComboBox>(this, "incidentSeverityCombo")),
      m_description(named<QPlainTextEdit>(this, "incidentDescriptionEdit")),
      m_perpetrator(named<QComboBox>(this, "incidentPerpetratorCombo")),
      m_organisedCrime(named<QCheckBox>(this, "incidentOrganisedCrimeCheck",
                                        tr("Misstänkt koppling till organiserad brottslighet"))),
      m_systemRef(named<QLineEdit>(this, "incidentSystemRefEdit")),
      m_policeReported(named<QCheckBox>(this, "incidentPoliceReportedCheck", tr("Polisanmäld"))),
      m_policeDate(named<OptionalDateEdit>(this, "incidentPoliceDate", tr("Datum känt"))),
      m_serious(named<QCheckBox>(this, "incidentSeriousCheck", tr("Allvarlig händelse, ska anmälas"))),
      m_deadline(named<QLabel>(this, "incidentDeadlineLabel")),
      m_authorityDate(named<OptionalDateEdit>(this, "incidentAuthorityDate", tr("Anmäld den"))),
      m_supportManager(named<QCheckBox>(this, "incidentSupportManagerCheck", tr("Samtal med chef"))),
      m_supportHealth(named<QCheckBox>(this, "incidentSupportHealthCheck", tr("Företagshälsovård"))),
      m_supportCrisis(named<QCheckBox>(this, "incidentSupportCrisisCheck", tr("Krisstöd"))),
      m_followUp(named<QComboBox>(this, "incidentFollowUpCombo")),
      m_closedDate(named<OptionalDateEdit>(this, "incidentClosedDate", tr("Avslutad den"))),
      m_links(new IncidentLinksPanel(session, this))
{
    setObjectName(QStringLiteral("incidentEditor"));
    setWords({tr("Ingen händelse vald"), tr("Ny händelse"), tr("Registrera händelsen %1"),
              tr("Ändra händelsen %1"), tr("Ta bort händelse"),
              tr("Ta bort händelsen (%1) med dess kopplingar till risker och åtgärder? Det går att ångra."),
              tr("Ta bort händelsen %1")});

    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setAccessibleName(tr("Datum då händelsen inträffade"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setAccessibleName(tr("Klockslag"));
    m_timeKnown->setToolTip(tr("Bocka i om klockslaget är känt"));
    for (int t = 0; t < Incident::kTargetCount; ++t)
        m_target->addItem(Incident::kTargets.label(Incident::Target(t)), t);
    for (int k = 0; k < Incident::kKindCount; ++k)
        m_kind->addItem(Incident::kKinds.label(Incident::Kind(k)), k);
    for (int c = 0; c < Incident::kChannelCount; ++c)
        m_channel->addItem(Incident::kChannels.label(Incident::Channel(c)), c);
    for (int s = Incident::kMinSeverity; s <= Incident::kMaxSeverity; ++s)
        m_severity->addItem(Incident::severityLabel(s), s);
    for (int p = 0; p < Incident::kPerpetratorCount; ++p)
        m_perpetrator->addItem(Incident::kPerpetrators.label(Incident::Perpetrator(p)), p);
    for (int f = 0; f < Incident::kFollowUpCount; ++f)
        m_followUp->addItem(Incident::kFollowUps.label(Incident::FollowUp(f)), f);
    // The description is about what happened, never who: the hint says so while it is empty.
    m_description->setPlaceholderText(Incident::descriptionHint());
    m_description->setToolTip(Incident::descriptionHint());
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_systemRef->setPlaceholderText(tr("t.ex. KIA 2025-0412"));
    m_serious->setToolTip(tr("En allvarlig händelse ska anmälas till Arbetsmiljöverket utan dröjsmål"));
    m_deadline->setWordWrap(true);
    m_deadline->setTextFormat(Qt::PlainText);
    m_deadline->hide();

    addHeading(tr("Vad och var"));
    QWidget* when = row(this, {m_date, m_timeKnown, m_time});
    addCheckedField(tr("&Inträffade:"), when, QStringLiteral("occurred_on"));
    bind(
        when,
        [this](const Incident& i) {
            m_date->setDate(i.occurredOn.isValid() ? i.occurredOn : QDate::currentDate());
            m_timeKnown->setChecked(i.occurredTime.isValid());
            m_time->setTime(i.occurredTime.isValid() ? i.occurredTime : QTime(12, 0));
            m_time->setEnabled(i.occurredTime.isValid());
        },
        [this](Incident& i) {
            i.occurredOn = m_date->date();
            i.occurredTime =
                m_timeKnown->isChecked() ? QTime(m_time->time().hour(), m_time->time().minute()) : QTime();
        });
    addCheckedField(tr("E&nhet:"), m_unit, QStringLiteral("unit_id"), &Incident::unitId);
    addCheckedField(tr("&Lokal:"), m_site, QStringLiteral("site_id"));
    // The sites to choose from depend on the unit, bound before.
    bind(
        m_site, [this](const Incident& i) { loadSites(i.siteId); },
        [this](Incident& i) { i.siteId = m_site->currentData().toLongLong(); });
    addCheckedField(tr("&Typ:"), m_kind, QStringLiteral("kind"), &Incident::kind);
    addCheckedField(tr("&Drabbad:"), m_target, QStringLiteral("target"), &Incident::target);
    addCheckedField(tr("&Kanal:"), m_channel, QStringLiteral("channel"), &Incident::channel);
    addCheckedField(tr("Allvarli&ghet:"), m_severity, QStringLiteral("severity"), &Incident::severity);
    addCheckedField(tr("&Beskrivning:"), m_description, QStringLiteral("description"),
                    &Incident::description);
    addCheckedField(tr("&Gärningsperson:"), m_perpetrator, QStringLiteral("perpetrator"),
                    &Incident::perpetrator);
    addCheckedField(QString(), m_organisedCrime, QStringLiteral("organised_crime"),
                    &Incident::organisedCrime);

    addHeading(tr("Anmälningar"));
    addCheckedField(tr("KIA/IA-&referens:"), m_systemRef, QStringLiteral("system_ref"), &Incident::systemRef);
    QWidget* police = row(this, {m_policeReported, m_policeDate});
    addCheckedField(tr("&Polisen:"), police, QStringLiteral("police_reported_on"));
    bind(
        police,
        [this](const Incident& i) {
            m_policeReported->setChecked(i.policeReported);
            m_policeDate->setDate(i.policeReportedOn);
        },
        [this](Incident& i) {
            i.policeReported = m_policeReported->isChecked();
            i.policeReportedOn = i.policeReported ? m_policeDate->date() : QDate();
        });
    QWidget* authority = row(this, {m_serious, m_authorityDate}, true);
    addCheckedField(tr("Arbetsmiljö&verket:"), authority, QStringLiteral("authority_reported_on"));
    bind(
        authority,
        [this](const Incident& i) {
            m_serious->setChecked(i.serious);
            m_authorityDate->setDate(i.authorityReportedOn);
        },
        [this](Incident& i) {
            i.serious = m_serious->isChecked();
            i.authorityReportedOn = i.serious ? m_authorityDate->date() : QDate();
        });
    form()->addRow(static_cast<QWidget*>(nullptr), m_deadline);

    addHeading(tr("Stöd och uppföljning"));
    addCheckedField(tr("Stöd erbjudet:"),
                    row(this, {m_supportManager, m_supportHealth, m_supportCrisis}, true),
                    QStringLiteral("support_manager"));
    bind(m_supportManager, &Incident::supportManager);
    bind(m_supportHealth, &Incident::supportOccupationalHealth);
    bind(m_supportCrisis, &Incident::supportCrisis);
    addCheckedField(tr("&Uppföljning:"), m_followUp, QStringLiteral("follow_up"));
    bind(
        m_followUp,
        [this](const Incident& i) {
            const QSignalBlocker blocker(m_followUp);
            selectData(m_followUp, int(i.followUp));
        },
        [this](Incident& i) { i.followUp = Incident::FollowUp(m_followUp->currentData().toInt()); });
    addCheckedField(tr("Avslu&tad:"), m_closedDate, QStringLiteral("closed_on"), &Incident::closedOn);

    extraLayout()->addWidget(m_links);

    connect(m_unit, &QComboBox::currentIndexChanged, this,
            [this] { loadSites(m_site->currentData().toLongLong()); });
    connect(m_timeKnown, &QCheckBox::toggled, m_time, &QWidget::setEnabled);
    connect(m_policeReported, &QCheckBox::toggled, this, &IncidentEditor::updateEnabled);
    connect(m_serious, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        updateAuthorityInfo();
    });
    connect(m_date, &QDateEdit::dateChanged, this, &IncidentEditor::updateAuthorityInfo);
    connect(m_authorityDate, &OptionalDateEdit::dateChanged, this, &IncidentEditor::updateAuthorityInfo);
    connect(m_followUp, &QComboBox::currentIndexChanged, this, [this] {
        // A closed follow-up has a closing date: offer today, which can be changed before applying.
        const bool closed =
            Incident::FollowUp(m_followUp->currentData().toInt()) == Incident::FollowUp::Closed;
        if (closed && !m_closedDate->date().isValid())
            m_closedDate->setDate(QDate::currentDate());
        else if (!closed)
            m_closedDate->setDate(QDate());
        updateEnabled();
    });

    setNewRows(&Incident::unitId, &Incident::occurredOn);
    keepOnlyWhile(&Incident::closedOn, [](const Incident& i) { return i.isClosed(); });
    showRecord(0);
}

void IncidentEditor::loadSites(qint64 keepSiteId)
{
    loadUnitSites(m_site, m_unit->unitId(), keepSiteId);
}

void IncidentEditor::updateEnabled()
{
    if (!item() && !isCreating())
        return;
    m_policeDate->setEnabled(m_policeReported->isChecked());
    m_authorityDate->setEnabled(m_serious->isChecked());
    m_closedDate->setEnabled(Incident::FollowUp(m_followUp->currentData().toInt()) ==
                             Incident::FollowUp::Closed);
}

void IncidentEditor::updateAuthorityInfo()
{
    if (!m_serious->isChecked()) {
        m_deadline->hide();
        return;
    }
    const QDate occurred = m_date->date();
    const QDate deadline = Incident::authorityDeadlineFor(occurred);
    const QDate reported = m_authorityDate->date();
    const QDate today = QDate::currentDate();
    // The deadline is shown always; a missed one is said in words, in red and bold besides.
    if (reported.isValid() && reported > deadline) {
        m_deadline->setText(tr("Anmäld %1, efter sista dagen %2: anmälan ska göras utan dröjsmål.")
                                .arg(Formatting::date(reported), Formatting::date(deadline)));
        m_deadline->setStyleSheet(palette::warningStyle);
    } else if (reported.isValid()) {
        m_deadline->setText(tr("Anmäld i tid (sista dag %1).").arg(Formatting::date(deadline)));
        m_deadline->setStyleSheet(QString());
    } else if (today > deadline) {
        m_deadline->setText(
            tr("Inte anmäld: sista dagen var %1, för %n dagar sedan. Anmäl till Arbetsmiljöverket nu.",
               nullptr, int(deadline.daysTo(today)))
                .arg(Formatting::date(deadline)));
        m_deadline->setStyleSheet(palette::warningStyle);
    } else {
        m_deadline->setText(tr("Ska anmälas till Arbetsmiljöverket utan dröjsmål, senast %1.")
                                .arg(Formatting::date(deadline)));
        m_deadline->setStyleSheet(QString());
    }
    m_deadline->show();
}

QString IncidentEditor::what(const Incident& i)
{
    return tr("%1 %2").arg(Incident::kKinds.label(i.kind).toLower(), Formatting::date(i.occurredOn));
}

QString IncidentEditor::headingOf(const Incident& i) const
{
    return tr("%1 %2 – %3")
        .arg(Incident::kKinds.label(i.kind), Formatting::date(i.occurredOn), m_unit->currentText());
}

QString IncidentEditor::historyTitle(const Incident& i) const
{
    return tr("Händelse %1 (%2)").arg(Formatting::date(i.occurredOn), Incident::kKinds.label(i.kind));
}

void IncidentEditor::shown()
{
    updateEnabled();
    m_links->setIncidentId(recordId());
}

} // namespace sakra::gui
