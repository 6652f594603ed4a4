#include "SecurityWalkEditor.h"

#include "Register.h"
#include "RegisterSession.h"
#include "WalkFindingsPanel.h"
#include "commands/CreateEntityCommand.h"
#include "commands/UpdateEntityCommand.h"
#include "widgets/Formatting.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace sakra::gui {

SecurityWalkEditor::SecurityWalkEditor(RegisterSession& session, QWidget* parent)
    : EntityEditor(session, QStringLiteral("walk"), parent), m_heading(new QLabel(this)),
      m_site(new QComboBox(this)), m_walkedOn(new QDateEdit(this)), m_participants(new QPlainTextEdit(this)),
      m_note(new QPlainTextEdit(this)), m_findingsBox(new QGroupBox(tr("Iakttagelser"), this)),
      m_findings(new WalkFindingsPanel(session, this))
{
    setObjectName(QStringLiteral("walkEditor"));
    m_site->setObjectName(QStringLiteral("walkSiteCombo"));
    m_walkedOn->setObjectName(QStringLiteral("walkDateEdit"));
    m_participants->setObjectName(QStringLiteral("walkParticipantsEdit"));
    m_note->setObjectName(QStringLiteral("walkNoteEdit"));

    addTitle(m_heading);

    m_site->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_site->setMinimumContentsLength(20);
    m_walkedOn->setCalendarPopup(true);
    m_walkedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    for (QPlainTextEdit* edit : {m_participants, m_note}) {
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    }
    addField(tr("&Lokal:"), m_site, QStringLiteral("site_id"));
    addField(tr("&Datum:"), m_walkedOn, QStringLiteral("walked_on"));
    addField(tr("De&ltagare:"), m_participants, QStringLiteral("participants"));
    addField(tr("Ant&eckning:"), m_note, QStringLiteral("note"));

    auto* boxLayout = new QVBoxLayout(m_findingsBox);
    boxLayout->addWidget(m_findings);
    extraLayout()->addWidget(m_findingsBox, 1);
    connect(m_findings, &WalkFindingsPanel::riskActivated, this, &SecurityWalkEditor::riskActivated);

    showWalk(0);
}

void SecurityWalkEditor::loadChoices()
{
    if (!m_choicesStale || !session().hasRegister())
        return;
    m_choicesStale = false;
    const qint64 current = m_site->currentData().toLongLong();
    const QSignalBlocker blocker(m_site);
    m_site->clear();
    for (const Site& s : session().reg().sites().all())
        m_site->addItem(s.name, s.id);
    m_site->setCurrentIndex(m_site->findData(current));
}

void SecurityWalkEditor::showWalk(qint64 id)
{
    m_walk = read<SecurityWalk>(id, m_creating);
    if (m_walk) {
        loadChoices();
        fill(*m_walk);
    } else {
        fill(SecurityWalk());
        m_heading->setText(tr("Ingen säkerhetsvandring vald"));
    }
    setFieldsEnabled(m_walk.has_value());
    m_findingsBox->setEnabled(m_walk.has_value());
    m_findings->setWalk(m_walk);
}

void SecurityWalkEditor::startNew()
{
    if (!beginNew(m_walk, m_creating))
        return;
    loadChoices();
    SecurityWalk blank;
    blank.walkedOn = QDate::currentDate();
    fill(blank);
    m_heading->setText(tr("Ny säkerhetsvandring"));
    setFieldsEnabled(true);
    // Findings belong to a saved walk.
    m_findingsBox->setEnabled(false);
    m_findings->setWalk(std::nullopt);
    m_site->setFocus(Qt::OtherFocusReason);
}

void SecurityWalkEditor::fill(const SecurityWalk& walk)
{
    const int site = m_site->findData(walk.siteId);
    m_site->setCurrentIndex(site);
    m_heading->setText(
        walk.walkedOn.isValid()
            ? tr("Säkerhetsvandring %1, %2").arg(Formatting::date(walk.walkedOn), m_site->itemText(site))
            : QString());
    m_walkedOn->setDate(walk.walkedOn.isValid() ? walk.walkedOn : QDate::currentDate());
    m_participants->setPlainText(walk.participants);
    m_note->setPlainText(walk.note);
}

void SecurityWalkEditor::applyChanges()
{
    if (!session().hasRegister() || (!m_walk && !m_creating))
        return;
    SecurityWalk after = m_walk.value_or(SecurityWalk());
    after.siteId = m_site->currentData().toLongLong();
    after.walkedOn = m_walkedOn->date();
    after.participants = m_participants->toPlainText().trimmed();
    after.note = m_note->toPlainText();
    const QString name = tr("säkerhetsvandring %1").arg(Formatting::date(after.walkedOn));
    commit(m_walk, m_creating, after, tr("Lägg till %1").arg(name),
           m_walk ? tr("Ändra %1").arg(name) : QString(), [this](qint64 id) {
               showWalk(id);
               Q_EMIT walkCreated(id);
           });
}

void SecurityWalkEditor::revertChanges()
{
    showWalk(m_creating ? 0 : walkId());
}

} // namespace sakra::gui
