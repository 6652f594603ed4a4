#include "RoutineEditor.h"

#include "Register.h"
#include "RoutineUnitsPanel.h"
#include "widgets/Formatting.h"
#include "widgets/Named.h"
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
    : EntityForm(session, QStringLiteral("routine"), parent),
      m_title(named<QLineEdit>(this, "routineTitleEdit")), m_kind(named<QComboBox>(this, "routineKindCombo")),
      m_documented(
          named<QCheckBox>(this, "routineDocumentedCheck", tr("Rutinen är dokumenterad (skriftlig)"))),
      m_adopted(named<OptionalDateEdit>(this, "routineAdoptedDate", tr("Har antagits"))),
      m_owner(named<PersonPicker>(this, "routineOwnerPicker", session)),
      m_reviewMonths(named<QSpinBox>(this, "routineReviewMonthsSpin")),
      m_lastReview(named<OptionalDateEdit>(this, "routineLastReviewDate", tr("Har granskats"))),
      m_nextReview(named<QLabel>(this, "routineNextReviewLabel")),
      m_known(named<QComboBox>(this, "routineKnownCombo")),
      m_briefed(named<OptionalDateEdit>(this, "routineBriefedDate", tr("Har gåtts igenom"))),
      m_link(named<QLineEdit>(this, "routineLinkEdit")),
      m_note(named<QPlainTextEdit>(this, "routineNoteEdit")), m_units(new RoutineUnitsPanel(session, this))
{
    setObjectName(QStringLiteral("routineEditor"));
    setWords({tr("Ingen rutin vald"), tr("Ny rutin"), tr("Lägg till rutinen %1"), tr("Ändra rutinen %1"),
              tr("Ta bort rutin"), tr("Ta bort rutinen %1? Det går att ångra."), tr("Ta bort rutinen %1")});

    for (int k = 0; k < Routine::kKindCount; ++k)
        m_kind->addItem(Routine::kKinds.label(Routine::Kind(k)), k);
    for (int k = 0; k < Routine::kKnownCount; ++k)
        m_known->addItem(Routine::kKnown.label(Routine::Known(k)), k);
    m_owner->setPlaceholderText(tr("Skriv en del av namnet"));
    m_reviewMonths->setRange(0, 999);
    m_reviewMonths->setSuffix(tr(" månader"));
    m_reviewMonths->setSpecialValueText(tr("ingen fast granskning"));
    m_nextReview->setWordWrap(true);
    m_nextReview->setTextFormat(Qt::PlainText);
    m_link->setPlaceholderText(tr("Sökväg eller webbadress till dokumentet"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);

    addCheckedField(tr("&Rubrik:"), m_title, QStringLiteral("title"), &Routine::title);
    addCheckedField(tr("&Typ:"), m_kind, QStringLiteral("kind"), &Routine::kind);
    addCheckedField(QString(), m_documented, QStringLiteral("documented"), &Routine::documented);
    addCheckedField(tr("&Antagen:"), m_adopted, QStringLiteral("adopted_on"), &Routine::adoptedOn);
    addCheckedField(tr("Äga&re:"), m_owner, QStringLiteral("owner_id"), &Routine::ownerId);
    addCheckedField(tr("&Granskas var:"), m_reviewMonths, QStringLiteral("review_months"),
                    &Routine::reviewMonths);
    addCheckedField(tr("Senast gra&nskad:"), m_lastReview, QStringLiteral("last_review_on"),
                    &Routine::lastReviewOn);
    form()->addRow(tr("Nästa granskning:"), m_nextReview);
    addCheckedField(tr("&Känd av personalen:"), m_known, QStringLiteral("known_by_staff"),
                    &Routine::knownByStaff);
    addCheckedField(tr("Genomgången på A&PT:"), m_briefed, QStringLiteral("staff_briefed_on"),
                    &Routine::staffBriefedOn);
    addCheckedField(tr("&Dokument:"), m_link, QStringLiteral("document_link"), &Routine::documentLink);
    addCheckedField(tr("Anteckn&ing:"), m_note, QStringLiteral("note"), &Routine::note);
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
