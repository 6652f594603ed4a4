#include "TrainingEditor.h"

#include "Register.h"
#include "widgets/Formatting.h"
#include "widgets/Named.h"
#include "widgets/Palette.h"
#include "widgets/UnitComboBox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sakra::gui {

TrainingEditor::TrainingEditor(RegisterSession& session, QWidget* parent)
    : EntityForm(session, QStringLiteral("training"), parent),
      m_kind(named<QComboBox>(this, "trainingKindCombo")),
      m_title(named<QLineEdit>(this, "trainingTitleEdit")),
      m_unit(named<UnitComboBox>(this, "trainingUnitCombo")),
      m_date(named<QDateEdit>(this, "trainingDateEdit")),
      m_participants(named<QSpinBox>(this, "trainingParticipantsSpin")),
      m_targetGroup(named<QSpinBox>(this, "trainingTargetGroupSpin")),
      m_recurrence(named<QSpinBox>(this, "trainingRecurrenceSpin")),
      m_nextDue(named<QLabel>(this, "trainingNextDueLabel")),
      m_note(named<QPlainTextEdit>(this, "trainingNoteEdit"))
{
    setObjectName(QStringLiteral("trainingEditor"));
    setWords({tr("Ingen utbildning eller övning vald"), tr("Ny utbildning eller övning"), tr("Lägg till %1"),
              tr("Ändra %1"), tr("Ta bort utbildning eller övning"), tr("Ta bort %1? Det går att ångra."),
              tr("Ta bort %1")});

    for (int k = 0; k < Training::kKindCount; ++k)
        m_kind->addItem(Training::kKinds.label(Training::Kind(k)), k);
    m_title->setPlaceholderText(tr("Frivillig; annars används typen"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // Spin boxes allow more than core does, so a too large number gets core's message, not a
    // silent clamp.
    m_participants->setRange(0, 9'999'999);
    m_targetGroup->setRange(0, 9'999'999);
    m_targetGroup->setSpecialValueText(tr("inte angiven"));
    m_recurrence->setRange(0, 999);
    m_recurrence->setSuffix(tr(" månader"));
    m_recurrence->setSpecialValueText(tr("återkommer inte"));
    m_nextDue->setWordWrap(true);
    m_nextDue->setTextFormat(Qt::PlainText);
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);

    addCheckedField(tr("&Typ:"), m_kind, QStringLiteral("kind"), &Training::kind);
    addCheckedField(tr("&Rubrik:"), m_title, QStringLiteral("title"), &Training::title);
    addCheckedField(tr("E&nhet:"), m_unit, QStringLiteral("unit_id"), &Training::unitId);
    addCheckedField(tr("&Datum:"), m_date, QStringLiteral("held_on"), &Training::heldOn);
    addCheckedField(tr("&Deltagare:"), m_participants, QStringLiteral("participants"),
                    &Training::participants);
    addCheckedField(tr("&Målgrupp (antal):"), m_targetGroup, QStringLiteral("target_group"),
                    &Training::targetGroup);
    addCheckedField(tr("&Återkommer:"), m_recurrence, QStringLiteral("recurrence_months"),
                    &Training::recurrenceMonths);
    form()->addRow(tr("Nästa senast:"), m_nextDue);
    addCheckedField(tr("&Anteckning:"), m_note, QStringLiteral("note"), &Training::note);

    // Nothing below the form: the space left over goes under it, not between its rows.
    extraLayout()->addStretch(1);

    connect(m_date, &QDateEdit::dateChanged, this, &TrainingEditor::updateNextDue);
    connect(m_recurrence, &QSpinBox::valueChanged, this, &TrainingEditor::updateNextDue);
    setNewRows(&Training::unitId, &Training::heldOn);
    showRecord(0);
}

void TrainingEditor::updateNextDue()
{
    // Worked out as core will store it, while the form is edited.
    showDue(m_nextDue, Training::nextDueFrom(m_date->date(), m_recurrence->value()),
            tr("inget nytt tillfälle planerat"));
}

Training TrainingEditor::blank(qint64 context) const
{
    Training fresh = EntityForm::blank(context);
    fresh.recurrenceMonths = 12;
    return fresh;
}

} // namespace sakra::gui
