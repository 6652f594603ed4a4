#include "ThreatAssessmentEditor.h"

#include "Register.h"
#include "RegisterSession.h"
#include "ThreatAssessmentTableModel.h"
#include "commands/CreateEntityCommand.h"
#include "commands/UpdateEntityCommand.h"
#include "widgets/Formatting.h"
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
    : EntityEditor(session, QStringLiteral("threat"), parent), m_heading(new QLabel(this)),
      m_unit(new UnitComboBox(this)), m_assessedOn(new QDateEdit(this)), m_subject(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)), m_level(new QComboBox(this)),
      m_measures(new QPlainTextEdit(this)), m_handledBy(new PersonPicker(session, this)),
      m_status(new QComboBox(this)), m_closedOn(new QDateEdit(this))
{
    setObjectName(QStringLiteral("threatEditor"));
    m_unit->setObjectName(QStringLiteral("threatUnitCombo"));
    m_assessedOn->setObjectName(QStringLiteral("threatDateEdit"));
    m_subject->setObjectName(QStringLiteral("threatSubjectEdit"));
    m_description->setObjectName(QStringLiteral("threatDescriptionEdit"));
    m_level->setObjectName(QStringLiteral("threatLevelCombo"));
    m_measures->setObjectName(QStringLiteral("threatMeasuresEdit"));
    m_handledBy->setObjectName(QStringLiteral("threatHandledByPicker"));
    m_status->setObjectName(QStringLiteral("threatStatusCombo"));
    m_closedOn->setObjectName(QStringLiteral("threatClosedDateEdit"));

    addTitle(m_heading);

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
        m_level->addItem(ThreatAssessment::threatLevelLabel(level), int(level));
    for (auto status : {ThreatAssessment::Status::Open, ThreatAssessment::Status::Closed})
        m_status->addItem(ThreatAssessmentTableModel::statusLabel(status), int(status));

    addField(tr("E&nhet:"), m_unit, QStringLiteral("unit_id"));
    addField(tr("&Bedömd:"), m_assessedOn, QStringLiteral("assessed_on"));
    addField(tr("&Avser:"), m_subject, QStringLiteral("subject"));
    addField(tr("&Vad har hänt:"), m_description, QStringLiteral("description"));
    addField(tr("&Hotnivå:"), m_level, QStringLiteral("threat_level"));
    addField(tr("&Åtgärder:"), m_measures, QStringLiteral("measures"));
    addField(tr("Hand&läggare:"), m_handledBy, QStringLiteral("handled_by"));
    addField(tr("S&tatus:"), m_status, QStringLiteral("status"));
    addField(tr("Avs&lutad:"), m_closedOn, QStringLiteral("closed_on"));
    // Spare height goes below the form, not between its rows.
    extraLayout()->addStretch();
    connect(m_status, &QComboBox::currentIndexChanged, this, &ThreatAssessmentEditor::updateClosedField);

    showAssessment(0);
}

void ThreatAssessmentEditor::loadChoices()
{
    if (m_choicesLoaded || !session().hasRegister())
        return;
    m_choicesLoaded = true;
    m_unit->load(session().reg());
}

void ThreatAssessmentEditor::showAssessment(qint64 id)
{
    m_assessment = read<ThreatAssessment>(id, m_creating);
    if (m_assessment) {
        loadChoices();
        fill(*m_assessment);
    } else {
        fill(ThreatAssessment());
        m_heading->setText(tr("Ingen bedömning vald"));
    }
    setFieldsEnabled(m_assessment.has_value());
    updateClosedField();
}

void ThreatAssessmentEditor::startNew(qint64 unitId)
{
    if (!beginNew(m_assessment, m_creating))
        return;
    loadChoices();
    ThreatAssessment blank;
    blank.unitId = unitId;
    blank.assessedOn = QDate::currentDate();
    fill(blank);
    m_heading->setText(tr("Ny hotbildsbedömning"));
    setFieldsEnabled(true);
    updateClosedField();
    m_subject->setFocus(Qt::OtherFocusReason);
}

void ThreatAssessmentEditor::fill(const ThreatAssessment& t)
{
    m_heading->setText(t.assessedOn.isValid() ? tr("Hotbildsbedömning %1").arg(Formatting::date(t.assessedOn))
                                              : QString());
    m_unit->setUnitId(t.unitId);
    // Long names: show where they begin.
    m_unit->lineEdit()->setCursorPosition(0);
    m_assessedOn->setDate(t.assessedOn.isValid() ? t.assessedOn : QDate::currentDate());
    m_subject->setText(t.subject);
    m_subject->setCursorPosition(0);
    m_description->setPlainText(t.description);
    m_level->setCurrentIndex(m_level->findData(int(t.threatLevel)));
    m_measures->setPlainText(t.measures);
    QString handler;
    if (t.handledById && session().hasRegister())
        if (const auto person = session().reg().people().find(t.handledById))
            handler = person->name;
    m_handledBy->setPerson(t.handledById, handler);
    m_status->setCurrentIndex(m_status->findData(int(t.status)));
    m_closedOn->setDate(t.closedOn.isValid() ? t.closedOn : QDate::currentDate());
}

void ThreatAssessmentEditor::updateClosedField()
{
    const bool open = m_assessment.has_value() || m_creating;
    m_closedOn->setEnabled(open && ThreatAssessment::Status(m_status->currentData().toInt()) ==
                                       ThreatAssessment::Status::Closed);
}

void ThreatAssessmentEditor::applyChanges()
{
    if (!session().hasRegister() || (!m_assessment && !m_creating))
        return;
    ThreatAssessment after = m_assessment.value_or(ThreatAssessment());
    after.unitId = m_unit->unitId();
    after.assessedOn = m_assessedOn->date();
    after.subject = m_subject->text().trimmed();
    after.description = m_description->toPlainText();
    after.threatLevel = ThreatAssessment::ThreatLevel(m_level->currentData().toInt());
    after.measures = m_measures->toPlainText();
    after.handledById = m_handledBy->personId();
    after.status = ThreatAssessment::Status(m_status->currentData().toInt());
    after.closedOn = after.status == ThreatAssessment::Status::Closed ? m_closedOn->date() : QDate();
    // The undo history names the date only: the text of a command is shown in the Edit menu.
    const QString name = tr("hotbildsbedömning %1").arg(Formatting::date(after.assessedOn));
    commit(m_assessment, m_creating, after, tr("Lägg till %1").arg(name),
           m_assessment ? tr("Ändra %1").arg(name) : QString(), [this](qint64 id) {
               showAssessment(id);
               Q_EMIT assessmentCreated(id);
           });
}

void ThreatAssessmentEditor::revertChanges()
{
    showAssessment(m_creating ? 0 : assessmentId());
}

} // namespace sakra::gui
