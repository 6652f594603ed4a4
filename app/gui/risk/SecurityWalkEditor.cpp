#include "SecurityWalkEditor.h"

#include "Register.h"
#include "WalkFindingsPanel.h"
#include "widgets/Formatting.h"
#include "widgets/Named.h"

#include <QGroupBox>
#include <QVBoxLayout>

namespace sakra::gui {

SecurityWalkEditor::SecurityWalkEditor(RegisterSession& session, QWidget* parent)
    : EntityForm(session, QStringLiteral("walk"), parent), m_site(named<QComboBox>(this, "walkSiteCombo")),
      m_walkedOn(named<QDateEdit>(this, "walkDateEdit")),
      m_participants(named<QPlainTextEdit>(this, "walkParticipantsEdit")),
      m_note(named<QPlainTextEdit>(this, "walkNoteEdit")),
      m_findingsBox(new QGroupBox(tr("Iakttagelser"), this)), m_findings(new WalkFindingsPanel(session, this))
{
    setObjectName(QStringLiteral("walkEditor"));
    setWords({tr("Ingen säkerhetsvandring vald"), tr("Ny säkerhetsvandring"),
              tr("Lägg till säkerhetsvandring %1"), tr("Ändra säkerhetsvandring %1"),
              tr("Ta bort säkerhetsvandring"), tr("Ta bort säkerhetsvandringen %1? Det går att ångra."),
              tr("Ta bort säkerhetsvandring %1")});

    m_site->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_site->setMinimumContentsLength(20);
    m_walkedOn->setCalendarPopup(true);
    m_walkedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    for (QPlainTextEdit* edit : {m_participants, m_note}) {
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    }
    addField(tr("&Lokal:"), m_site, QStringLiteral("site_id"), &SecurityWalk::siteId);
    addField(tr("&Datum:"), m_walkedOn, QStringLiteral("walked_on"), &SecurityWalk::walkedOn);
    addField(tr("De&ltagare:"), m_participants, QStringLiteral("participants"), &SecurityWalk::participants);
    addField(tr("Ant&eckning:"), m_note, QStringLiteral("note"), &SecurityWalk::note);

    auto* boxLayout = new QVBoxLayout(m_findingsBox);
    boxLayout->addWidget(m_findings);
    extraLayout()->addWidget(m_findingsBox, 1);
    connect(m_findings, &WalkFindingsPanel::riskActivated, this, &SecurityWalkEditor::riskActivated);

    setNewRows(nullptr, &SecurityWalk::walkedOn);
    showRecord(0);
}

QString SecurityWalkEditor::siteName(qint64 siteId) const
{
    return m_site->itemText(m_site->findData(siteId));
}

QString SecurityWalkEditor::headingOf(const SecurityWalk& walk) const
{
    return tr("Säkerhetsvandring %1, %2").arg(Formatting::date(walk.walkedOn), siteName(walk.siteId));
}

QString SecurityWalkEditor::nameOf(const SecurityWalk& walk) const
{
    return tr("%1, %2").arg(Formatting::date(walk.walkedOn), siteName(walk.siteId));
}

void SecurityWalkEditor::loadChoices()
{
    setNamedChoices(m_site, session().reg().sites().all());
}

void SecurityWalkEditor::shown()
{
    // Findings belong to a saved walk.
    m_findingsBox->setEnabled(item().has_value());
    m_findings->setWalk(item());
}

} // namespace sakra::gui
