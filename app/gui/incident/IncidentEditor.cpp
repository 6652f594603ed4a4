#include "IncidentEditor.h"

#include "IncidentLinksPanel.h"
#include "Register.h"
#include "widgets/Formatting.h"
#include "widgets/OptionalDateEdit.h"
#include "widgets/Palette.h"
#include "widgets/UnitComboBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTimeEdit>

namespace sakra::gui {

IncidentEditor::IncidentEditor(RegisterSession& session, QWidget* parent)
    : EntityForm(session, QStringLiteral("incident"), parent), m_links(new IncidentLinksPanel(session, this))
{
    setObjectName(QStringLiteral("incidentEditor"));
    setWords({tr("Ingen händelse vald"), tr("Ny händelse"), tr("Registrera händelsen %1"),
              tr("Ändra händelsen %1"), tr("Ta bort händelse"),
              tr("Ta bort händelsen (%1) med dess kopplingar till risker och åtgärder? Det går att ångra."),
              tr("Ta bort händelsen %1")});

    addHeading(tr("Vad och var"));
    m_date = makeField<QDateEdit>("DateEdit");
    m_date->setAccessibleName(tr("Datum då händelsen inträffade"));
    m_timeKnown = makeField<QCheckBox>("TimeKnownCheck", tr("klockan"));
    m_timeKnown->setToolTip(tr("Bocka i om klockslaget är känt"));
    m_time = makeField<QTimeEdit>("TimeEdit");
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setAccessibleName(tr("Klockslag"));
    QWidget* when = fieldRow({m_date, m_timeKnown, m_time});
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
    m_unit =
        checkedField<UnitComboBox>(tr("E&nhet:"), "UnitCombo", QStringLiteral("unit_id"), &Incident::unitId);
    unitSiteField(tr("&Lokal:"), "SiteCombo", QStringLiteral("site_id"), &Incident::siteId, m_unit);
    addCodes(checkedField<QComboBox>(tr("&Typ:"), "KindCombo", QStringLiteral("kind"), &Incident::kind),
             Incident::kKinds);
    addCodes(
        checkedField<QComboBox>(tr("&Drabbad:"), "TargetCombo", QStringLiteral("target"), &Incident::target),
        Incident::kTargets);
    addCodes(
        checkedField<QComboBox>(tr("&Kanal:"), "ChannelCombo", QStringLiteral("channel"), &Incident::channel),
        Incident::kChannels);
    auto* severity = checkedField<QComboBox>(tr("Allvarli&ghet:"), "SeverityCombo",
                                             QStringLiteral("severity"), &Incident::severity);
    for (int s = Incident::kMinSeverity; s <= Incident::kMaxSeverity; ++s)
        severity->addItem(Incident::severityLabel(s), s);
    // The description is about what happened, never who: the hint says so while it is empty.
    auto* description =
        setLines(checkedField<QPlainTextEdit>(tr("&Beskrivning:"), "DescriptionEdit",
                                              QStringLiteral("description"), &Incident::description),
                 4);
    description->setPlaceholderText(Incident::descriptionHint());
    description->setToolTip(Incident::descriptionHint());
    addCodes(checkedField<QComboBox>(tr("&Gärningsperson:"), "PerpetratorCombo",
                                     QStringLiteral("perpetrator"), &Incident::perpetrator),
             Incident::kPerpetrators);
    checkedField<QCheckBox>(QString(), "OrganisedCrimeCheck", QStringLiteral("organised_crime"),
                            &Incident::organisedCrime,
                            tr("Misstänkt koppling till organiserad brottslighet"));

    addHeading(tr("Anmälningar"));
    checkedField<QLineEdit>(tr("KIA/IA-&referens:"), "SystemRefEdit", QStringLiteral("system_ref"),
                            &Incident::systemRef)
        ->setPlaceholderText(tr("t.ex. KIA 2025-0412"));
    m_policeReported = makeField<QCheckBox>("PoliceReportedCheck", tr("Polisanmäld"));
    m_policeDate = makeField<OptionalDateEdit>("PoliceDate", tr("Datum känt"));
    QWidget* police = fieldRow({m_policeReported, m_policeDate});
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
    m_serious = makeField<QCheckBox>("SeriousCheck", tr("Allvarlig händelse, ska anmälas"));
    m_serious->setToolTip(tr("En allvarlig händelse ska anmälas till Arbetsmiljöverket utan dröjsmål"));
    m_authorityDate = makeField<OptionalDateEdit>("AuthorityDate", tr("Anmäld den"));
    QWidget* authority = fieldColumn({m_serious, m_authorityDate});
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
    m_deadline = addNote(QString(), "DeadlineLabel");
    m_deadline->hide();

    addHeading(tr("Stöd och uppföljning"));
    auto* manager = makeField<QCheckBox>("SupportManagerCheck", tr("Samtal med chef"));
    auto* health = makeField<QCheckBox>("SupportHealthCheck", tr("Företagshälsovård"));
    auto* crisis = makeField<QCheckBox>("SupportCrisisCheck", tr("Krisstöd"));
    addCheckedField(tr("Stöd erbjudet:"), fieldColumn({manager, health, crisis}),
                    QStringLiteral("support_manager"));
    bind(manager, &Incident::supportManager);
    bind(health, &Incident::supportOccupationalHealth);
    bind(crisis, &Incident::supportCrisis);
    m_followUp = makeField<QComboBox>("FollowUpCombo");
    addCodes(m_followUp, Incident::kFollowUps);
    addCheckedField(tr("&Uppföljning:"), m_followUp, QStringLiteral("follow_up"));
    bind(
        m_followUp,
        [this](const Incident& i) {
            const QSignalBlocker blocker(m_followUp);
            selectData(m_followUp, int(i.followUp));
        },
        [this](Incident& i) { i.followUp = Incident::FollowUp(m_followUp->currentData().toInt()); });
    m_closedDate = checkedField<OptionalDateEdit>(tr("Avslu&tad:"), "ClosedDate", QStringLiteral("closed_on"),
                                                  &Incident::closedOn, tr("Avslutad den"));

    extraLayout()->addWidget(m_links);

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
