#include "SecurityWalkEditor.h"

#include "Register.h"
#include "WalkFindingsPanel.h"
#include "widgets/Formatting.h"
#include "widgets/Named.h"

#include <QGroupBox>
#include <QVBoxLayout>

namespace sakra::gui {

SecurityWalkEditor::SecurityWalkEditor(RegisterSession& session, QWidget* parent)
    : EntityForm(session, QStringLiteral("walk"), parent),
      m_findingsBox(new QGroupBox(tr("Iakttagelser"), this)), m_findings(new WalkFindingsPanel(session, this))
{
    setObjectName(QStringLiteral("walkEditor"));
    setWords({tr("Ingen säkerhetsvandring vald"), tr("Ny säkerhetsvandring"),
              tr("Lägg till säkerhetsvandring %1"), tr("Ändra säkerhetsvandring %1"),
              tr("Ta bort säkerhetsvandring"), tr("Ta bort säkerhetsvandringen %1? Det går att ångra."),
              tr("Ta bort säkerhetsvandring %1")});

    m_site = field<QComboBox>(tr("&Lokal:"), "SiteCombo", QStringLiteral("site_id"), &SecurityWalk::siteId);
    field<QDateEdit>(tr("&Datum:"), "DateEdit", QStringLiteral("walked_on"), &SecurityWalk::walkedOn);
    field<QPlainTextEdit>(tr("De&ltagare:"), "ParticipantsEdit", QStringLiteral("participants"),
                          &SecurityWalk::participants);
    field<QPlainTextEdit>(tr("Ant&eckning:"), "NoteEdit", QStringLiteral("note"), &SecurityWalk::note);

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
