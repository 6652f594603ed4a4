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
    : EntityForm(session, QStringLiteral("training"), parent)
{
    setObjectName(QStringLiteral("trainingEditor"));
    setWords({tr("Ingen utbildning eller övning vald"), tr("Ny utbildning eller övning"), tr("Lägg till %1"),
              tr("Ändra %1"), tr("Ta bort utbildning eller övning"), tr("Ta bort %1? Det går att ångra."),
              tr("Ta bort %1")});

    auto* kind = checkedField<QComboBox>(tr("&Typ:"), "KindCombo", QStringLiteral("kind"), &Training::kind);
    for (int k = 0; k < Training::kKindCount; ++k)
        kind->addItem(Training::kKinds.label(Training::Kind(k)), k);
    checkedField<QLineEdit>(tr("&Rubrik:"), "TitleEdit", QStringLiteral("title"), &Training::title)
        ->setPlaceholderText(tr("Frivillig; annars används typen"));
    m_unit =
        checkedField<UnitComboBox>(tr("E&nhet:"), "UnitCombo", QStringLiteral("unit_id"), &Training::unitId);
    m_date = checkedField<QDateEdit>(tr("&Datum:"), "DateEdit", QStringLiteral("held_on"), &Training::heldOn);
    // Spin boxes allow more than core does, so a too large number gets core's message, not a
    // silent clamp.
    checkedField<QSpinBox>(tr("&Deltagare:"), "ParticipantsSpin", QStringLiteral("participants"),
                           &Training::participants)
        ->setRange(0, 9'999'999);
    auto* targetGroup = checkedField<QSpinBox>(tr("&Målgrupp (antal):"), "TargetGroupSpin",
                                               QStringLiteral("target_group"), &Training::targetGroup);
    targetGroup->setRange(0, 9'999'999);
    targetGroup->setSpecialValueText(tr("inte angiven"));
    m_recurrence = checkedField<QSpinBox>(tr("&Återkommer:"), "RecurrenceSpin",
                                          QStringLiteral("recurrence_months"), &Training::recurrenceMonths);
    m_recurrence->setRange(0, 999);
    m_recurrence->setSuffix(tr(" månader"));
    m_recurrence->setSpecialValueText(tr("återkommer inte"));
    m_nextDue = makeField<QLabel>("NextDueLabel");
    m_nextDue->setWordWrap(true);
    m_nextDue->setTextFormat(Qt::PlainText);
    form()->addRow(tr("Nästa senast:"), m_nextDue);
    checkedField<QPlainTextEdit>(tr("&Anteckning:"), "NoteEdit", QStringLiteral("note"), &Training::note);

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
