#include "ThreatAssessmentEditor.h"

#include "Register.h"
#include "ThreatAssessmentTableModel.h"
#include "widgets/Formatting.h"
#include "widgets/Named.h"
#include "widgets/PersonPicker.h"
#include "widgets/UnitComboBox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace sakra::gui {

ThreatAssessmentEditor::ThreatAssessmentEditor(RegisterSession& session, QWidget* parent)
    : EntityForm(session, QStringLiteral("threat"), parent), m_unit(makeField<UnitComboBox>("UnitCombo")),
      m_status(makeField<QComboBox>("StatusCombo")), m_closedOn(makeField<QDateEdit>("ClosedDateEdit"))
{
    setObjectName(QStringLiteral("threatEditor"));
    setWords({tr("Ingen bedömning vald"), tr("Ny hotbildsbedömning"), tr("Lägg till hotbildsbedömning %1"),
              tr("Ändra hotbildsbedömning %1"), tr("Ta bort hotbildsbedömning"),
              tr("Ta bort hotbildsbedömningen från %1? Det går att ångra."),
              tr("Ta bort hotbildsbedömning %1")});

    auto* level = makeField<QComboBox>("LevelCombo");
    for (auto value : {ThreatAssessment::ThreatLevel::Low, ThreatAssessment::ThreatLevel::Moderate,
                       ThreatAssessment::ThreatLevel::High, ThreatAssessment::ThreatLevel::Severe})
        level->addItem(ThreatAssessment::kThreatLevels.label(value), int(value));
    for (auto status : {ThreatAssessment::Status::Open, ThreatAssessment::Status::Closed})
        m_status->addItem(ThreatAssessmentTableModel::statusLabel(status), int(status));
    auto* handledBy = named<PersonPicker>(this, "threatHandledByPicker", session);

    addField(tr("E&nhet:"), m_unit, QStringLiteral("unit_id"), &ThreatAssessment::unitId);
    field<QDateEdit>(tr("&Bedömd:"), "DateEdit", QStringLiteral("assessed_on"),
                     &ThreatAssessment::assessedOn);
    field<QLineEdit>(tr("&Avser:"), "SubjectEdit", QStringLiteral("subject"), &ThreatAssessment::subject)
        ->setPlaceholderText(tr("Så lite som behövs, t.ex. \"handläggare (namn i akten)\""));
    // What happened and what was done take a line more than the house's text boxes.
    const int fourLines = fontMetrics().lineSpacing() * 4 + 12;
    field<QPlainTextEdit>(tr("&Vad har hänt:"), "DescriptionEdit", QStringLiteral("description"),
                          &ThreatAssessment::description)
        ->setFixedHeight(fourLines);
    addField(tr("&Hotnivå:"), level, QStringLiteral("threat_level"), &ThreatAssessment::threatLevel);
    field<QPlainTextEdit>(tr("&Åtgärder:"), "MeasuresEdit", QStringLiteral("measures"),
                          &ThreatAssessment::measures)
        ->setFixedHeight(fourLines);
    addField(tr("Hand&läggare:"), handledBy, QStringLiteral("handled_by"), &ThreatAssessment::handledById);
    addField(tr("S&tatus:"), m_status, QStringLiteral("status"), &ThreatAssessment::status);
    addField(tr("Avs&lutad:"), m_closedOn, QStringLiteral("closed_on"), &ThreatAssessment::closedOn);
    // Spare height goes below the form, not between its rows.
    extraLayout()->addStretch();
    connect(m_status, &QComboBox::currentIndexChanged, this, &ThreatAssessmentEditor::updateClosedField);

    setNewRows(&ThreatAssessment::unitId, &ThreatAssessment::assessedOn);
    keepOnlyWhile(&ThreatAssessment::closedOn,
                  [](const ThreatAssessment& t) { return t.status == ThreatAssessment::Status::Closed; });
    showRecord(0);
}

QString ThreatAssessmentEditor::date(const ThreatAssessment& t)
{
    return Formatting::date(t.assessedOn);
}

void ThreatAssessmentEditor::updateClosedField()
{
    const bool open = item().has_value() || isCreating();
    m_closedOn->setEnabled(open && ThreatAssessment::Status(m_status->currentData().toInt()) ==
                                       ThreatAssessment::Status::Closed);
}

} // namespace sakra::gui
