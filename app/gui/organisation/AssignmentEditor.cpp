#include "AssignmentEditor.h"

#include "Register.h"
#include "RegisterSession.h"
#include "commands/CreateEntityCommand.h"
#include "commands/UpdateEntityCommand.h"
#include "widgets/PersonPicker.h"
#include "widgets/UnitComboBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace sakra::gui {

namespace {
QDateEdit* makeDateEdit(QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDate(QDate::currentDate());
    return edit;
}
} // namespace

AssignmentEditor::AssignmentEditor(RegisterSession& session, QWidget* parent)
    : EntityEditor(session, QStringLiteral("assignment"), parent), m_heading(new QLabel(this)),
      m_person(new PersonPicker(session, this)), m_role(new QComboBox(this)), m_unit(new UnitComboBox(this)),
      m_start(makeDateEdit(this)), m_hasEnd(new QCheckBox(tr("Slutar"), this)), m_end(makeDateEdit(this)),
      m_share(new QSpinBox(this))
{
    setObjectName(QStringLiteral("assignmentEditor"));
    m_heading->setObjectName(QStringLiteral("assignmentHeading"));
    m_person->setObjectName(QStringLiteral("assignmentPersonEdit"));
    m_role->setObjectName(QStringLiteral("assignmentRoleCombo"));
    m_unit->setObjectName(QStringLiteral("assignmentUnitCombo"));
    m_unit->setDeferred(true);
    m_start->setObjectName(QStringLiteral("assignmentStartEdit"));
    m_hasEnd->setObjectName(QStringLiteral("assignmentHasEndCheck"));
    m_end->setObjectName(QStringLiteral("assignmentEndEdit"));
    m_share->setObjectName(QStringLiteral("assignmentShareSpin"));

    addTitle(m_heading);

    m_share->setRange(1, 100);
    m_share->setSuffix(tr(" %"));
    m_share->setValue(100);
    m_hasEnd->setToolTip(tr("Utan slutdatum gäller uppdraget tills vidare"));
    m_end->setAccessibleName(tr("Slutdatum"));

    auto* endRow = new QWidget(this);
    auto* endLayout = new QHBoxLayout(endRow);
    endLayout->setContentsMargins(0, 0, 0, 0);
    endLayout->addWidget(m_hasEnd);
    endLayout->addWidget(m_end, 1);

    addField(tr("&Person:"), m_person, QStringLiteral("person_id"));
    addField(tr("&Roll:"), m_role, QStringLiteral("role_id"));
    addField(tr("E&nhet:"), m_unit, QStringLiteral("unit_id"));
    addField(tr("&Från:"), m_start, QStringLiteral("start_date"));
    addField(tr("&Till:"), endRow, QStringLiteral("end_date"));
    addField(tr("&Andel av heltid:"), m_share, QStringLiteral("fte_percent"));

    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    showAssignment(0);
}

void AssignmentEditor::loadChoices()
{
    if (!m_choicesStale || !session().hasRegister())
        return;
    m_choicesStale = false;
    Register& reg = session().reg();
    m_unit->load(reg);
    const qint64 role = m_role->currentData().toLongLong();
    m_role->clear();
    for (const SecurityRole& r : reg.roles().all())
        m_role->addItem(tr("%1 (%2)").arg(r.displayName(), securityLevelLabel(r.level).toLower()), r.id);
    m_role->setCurrentIndex(std::max(0, m_role->findData(role)));
}

void AssignmentEditor::showAssignment(qint64 id)
{
    m_assignment = read<Assignment>(id, m_creating);
    if (m_assignment) {
        loadChoices();
        fill(*m_assignment);
    } else {
        fill(Assignment());
        m_heading->setText(tr("Inget uppdrag valt"));
    }
    setFieldsEnabled(m_assignment.has_value());
    m_end->setEnabled(m_assignment && m_hasEnd->isChecked());
}

void AssignmentEditor::startNew(qint64 unitId)
{
    if (!beginNew(m_assignment, m_creating))
        return;
    loadChoices();
    Assignment blank;
    blank.unitId = unitId;
    blank.startDate = QDate::currentDate();
    fill(blank);
    m_heading->setText(tr("Nytt uppdrag"));
    setFieldsEnabled(true);
    m_end->setEnabled(false);
    m_person->setFocus(Qt::OtherFocusReason);
}

void AssignmentEditor::fill(const Assignment& a)
{
    QString personName;
    if (a.personId && session().hasRegister())
        if (const auto person = session().reg().people().find(a.personId))
            personName = person->name;
    m_heading->setText(personName);
    m_person->setPerson(a.personId, personName);
    m_role->setCurrentIndex(std::max(0, m_role->findData(a.roleId)));
    m_unit->setUnitId(a.unitId);
    m_start->setDate(a.startDate.isValid() ? a.startDate : QDate::currentDate());
    m_hasEnd->setChecked(a.endDate.isValid());
    m_end->setDate(a.endDate.isValid() ? a.endDate : QDate::currentDate());
    m_share->setValue(a.ftePercent);
}

void AssignmentEditor::applyChanges()
{
    if (!session().hasRegister() || (!m_assignment && !m_creating))
        return;
    Assignment after = m_assignment.value_or(Assignment());
    after.personId = m_person->personId();
    after.roleId = m_role->currentData().toLongLong();
    after.unitId = m_unit->unitId();
    after.startDate = m_start->date();
    after.endDate = m_hasEnd->isChecked() ? m_end->date() : QDate();
    after.ftePercent = m_share->value();
    const QString who = m_person->text();
    commit(m_assignment, m_creating, after, tr("Nytt uppdrag för %1").arg(who),
           m_assignment ? tr("Ändra uppdrag för %1").arg(who) : QString(), [this](qint64 id) {
               showAssignment(id);
               Q_EMIT assignmentCreated(id);
           });
}

void AssignmentEditor::revertChanges()
{
    showAssignment(m_creating ? 0 : assignmentId());
}

} // namespace sakra::gui
