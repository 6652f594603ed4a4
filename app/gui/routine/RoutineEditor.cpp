#include "RoutineEditor.h"

#include "Register.h"
#include "RoutineUnitsPanel.h"
#include "widgets/Formatting.h"
#include "widgets/OptionalDateEdit.h"
#include "widgets/Palette.h"
#include "widgets/PersonPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sakra::gui {

RoutineEditor::RoutineEditor(RegisterSession& session, QWidget* parent)
    : EntityForm(session, QStringLiteral("routine"), parent), m_units(new RoutineUnitsPanel(session, this))
{
    setObjectName(QStringLiteral("routineEditor"));
    setWords({tr("Ingen rutin vald"), tr("Ny rutin"), tr("Lägg till rutinen %1"), tr("Ändra rutinen %1"),
              tr("Ta bort rutin"), tr("Ta bort rutinen %1? Det går att ångra."), tr("Ta bort rutinen %1")});

    checkedField<QLineEdit>(tr("&Rubrik:"), "TitleEdit", QStringLiteral("title"), &Routine::title);
    addCodes(checkedField<QComboBox>(tr("&Typ:"), "KindCombo", QStringLiteral("kind"), &Routine::kind),
             Routine::kKinds);
    checkedField<QCheckBox>(QString(), "DocumentedCheck", QStringLiteral("documented"), &Routine::documented,
                            tr("Rutinen är dokumenterad (skriftlig)"));
    checkedField<QCheckBox>(QString(), "ElectedCheck", QStringLiteral("elected_officials"),
                            &Routine::electedOfficials,
                            tr("Gäller &förtroendevalda (vägledning för deras säkerhet)"));
    m_adopted = checkedField<OptionalDateEdit>(tr("&Antagen:"), "AdoptedDate", QStringLiteral("adopted_on"),
                                               &Routine::adoptedOn, tr("Har antagits"));
    checkedField<PersonPicker>(tr("Äga&re:"), "OwnerPicker", QStringLiteral("owner_id"), &Routine::ownerId,
                               session)
        ->setPlaceholderText(tr("Skriv en del av namnet"));
    m_reviewMonths = checkedField<QSpinBox>(tr("&Granskas var:"), "ReviewMonthsSpin",
                                            QStringLiteral("review_months"), &Routine::reviewMonths);
    m_reviewMonths->setRange(0, 999);
    m_reviewMonths->setSuffix(tr(" månader"));
    m_reviewMonths->setSpecialValueText(tr("ingen fast granskning"));
    m_lastReview = checkedField<OptionalDateEdit>(tr("Senast gra&nskad:"), "LastReviewDate",
                                                  QStringLiteral("last_review_on"), &Routine::lastReviewOn,
                                                  tr("Har granskats"));
    m_nextReview = addNote(tr("Nästa granskning:"), "NextReviewLabel");
    addCodes(checkedField<QComboBox>(tr("&Känd av personalen:"), "KnownCombo",
                                     QStringLiteral("known_by_staff"), &Routine::knownByStaff),
             Routine::kKnown);
    checkedField<OptionalDateEdit>(tr("Genomgången på A&PT:"), "BriefedDate",
                                   QStringLiteral("staff_briefed_on"), &Routine::staffBriefedOn,
                                   tr("Har gåtts igenom"));
    checkedField<QLineEdit>(tr("&Dokument:"), "LinkEdit", QStringLiteral("document_link"),
                            &Routine::documentLink)
        ->setPlaceholderText(tr("Sökväg eller webbadress till dokumentet"));
    checkedField<QPlainTextEdit>(tr("Anteckn&ing:"), "NoteEdit", QStringLiteral("note"), &Routine::note);
    extraLayout()->addWidget(m_units);

    connect(m_adopted, &OptionalDateEdit::dateChanged, this, &RoutineEditor::updateNextReview);
    connect(m_lastReview, &OptionalDateEdit::dateChanged, this, &RoutineEditor::updateNextReview);
    connect(m_reviewMonths, &QSpinBox::valueChanged, this, &RoutineEditor::updateNextReview);
    setNewRows(nullptr, &Routine::adoptedOn);
    showRecord(0);
}

void RoutineEditor::updateNextReview()
{
    showDue(m_nextReview,
            Routine::nextReviewFrom(m_adopted->date(), m_lastReview->date(), m_reviewMonths->value()),
            tr("ingen planerad (ange intervall och antagen eller granskad)"));
}

Routine RoutineEditor::blank(qint64 context) const
{
    Routine fresh = EntityForm::blank(context);
    fresh.reviewMonths = 12;
    return fresh;
}

void RoutineEditor::shown()
{
    m_units->setRoutineId(recordId());
}

} // namespace sakra::gui
