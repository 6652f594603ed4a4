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
    : EntityForm(session, QStringLiteral("threat"), parent),
      m_unit(named<UnitComboBox>(this, "threatUnitCombo")),
      m_assessedOn(named<QDateEdit>(this, "threatDateEdit")),
      m_subject(named<QLineEdit>(this, "threatSubjectEdit")),
      m_description(named<QPlainTextEdit>(this, "threatDescriptionEdit")),
      m_level(named<QComboBox>(this, "threatLevelCombo")),
      m_measures(named<QPlainTextEdit>(this, "threatMeasuresEdit")),
      m_handledBy(named<PersonPicker>(this, "threatHandledByPicker", session)),
      m_status(named<QComboBox>(this, "threatStatusCombo")),
      m_closedOn(named<QDateEdit>(this, "threatClosedDateEdit"))
{
    setObjectName(QStringLiteral("threatEditor"));
    setWords({tr("Ingen bedömning vald"), tr("Ny hotbildsbedömning"), tr("Lägg till hotbildsbedömning %1"),
              tr("Ändra hotbildsbedömning %1"), tr("Ta bort hotbildsbedömning"),
              tr("Ta bort hotbildsbedömningen från %1? Det går att ångra."),
              tr("Ta bort hotbildsbedömning %1")});

    for (QDateEdit* date : {m_assessedOn, m_closedOn}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    for (QPlainTextEdit* edit : {m_description, m_measures}) {
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    }
    m_subject->setPlaceholderText(tr("Så lite som behövs, t.ex. \"handläggare (namn i akten)\""));
    for (auto level : {ThreatAssessment::ThreatLevel::Low, ThreatAssessment::ThreatLevel::Moderate,
                       ThreatAssessment::ThreatLevel::High, ThreatAssessment::ThreatLevel::Severe})
        m_level->addItem(ThreatAssessment::kThreatLevels.label(level), int(level));
    for (auto status : {ThreatAssessment::Status::Open, ThreatAssessment::Status::Closed})
        m_status->addItem(ThreatAssessmentTableModel::statusLabel(status), int(status));

    addField(tr("E&nhet:"), m_unit, QStringLiteral("unit_id"), &ThreatAssessment::unitId);
    addField(tr("&Bedömd:"), m_assessedOn, QStringLiteral("assessed_on"), &ThreatAssessment::assessedOn);
    addField(tr("&Avser:"), m_subject, QStringLiteral("subject"), &ThreatAssessment::subject);
    addField(tr("&Vad har hänt:"), m_description, QStringLiteral("description"),
             &ThreatAssessment::description);
    addField(tr("&Hotnivå:"), m_level, QStringLiteral("threat_level"), &ThreatAssessment::threatLevel);
    addField(tr("&Åtgärder:"), m_measures, QStringLiteral("measures"), &ThreatAssessment::measures);
    addField(tr("Hand&läggare:"), m_handledBy, QStringLiteral("handled_by"), &ThreatAssessment::handledById);
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
