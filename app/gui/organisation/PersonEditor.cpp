#include "PersonEditor.h"

#include "Register.h"
#include "RegisterSession.h"
#include "commands/CreateEntityCommand.h"
#include "commands/UpdateEntityCommand.h"
#include "widgets/Formatting.h"
#include "widgets/UnitComboBox.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sakra::gui {

PersonEditor::PersonEditor(RegisterSession& session, QWidget* parent)
    : EntityEditor(session, QStringLiteral("person"), parent), m_heading(new QLabel(this)),
      m_name(new QLineEdit(this)), m_title(new QLineEdit(this)), m_phone(new QLineEdit(this)),
      m_email(new QLineEdit(this)), m_unit(new UnitComboBox(this)), m_assignments(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("personEditor"));
    m_heading->setObjectName(QStringLiteral("personHeading"));
    m_name->setObjectName(QStringLiteral("personNameEdit"));
    m_title->setObjectName(QStringLiteral("personTitleEdit"));
    m_phone->setObjectName(QStringLiteral("personPhoneEdit"));
    m_email->setObjectName(QStringLiteral("personEmailEdit"));
    m_unit->setObjectName(QStringLiteral("personUnitCombo"));
    m_unit->setDeferred(true);
    m_assignments->setObjectName(QStringLiteral("personAssignmentsView"));

    addTitle(m_heading);

    m_phone->setPlaceholderText(tr("t.ex. 013-20 50 00"));
    m_email->setPlaceholderText(tr("namn@kommun.se"));
    addField(tr("&Namn:"), m_name, QStringLiteral("name"));
    addField(tr("&Titel:"), m_title, QStringLiteral("title"));
    addField(tr("Tele&fon:"), m_phone, QStringLiteral("phone"));
    addField(tr("&E-post:"), m_email, QStringLiteral("email"));
    addField(tr("E&nhet:"), m_unit, QStringLiteral("unit_id"));

    auto* box = new QGroupBox(tr("Uppdrag i säkerhetsorganisationen"), this);
    auto* boxLayout = new QVBoxLayout(box);
    m_assignments->setRootIsDecorated(false);
    m_assignments->setAlternatingRowColors(true);
    m_assignments->setHeaderLabels({tr("Roll"), tr("Enhet"), tr("Från"), tr("Till"), tr("Andel")});
    m_assignments->setAccessibleName(tr("Personens uppdrag"));
    m_assignments->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_assignments->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_assignments->header()->setStretchLastSection(false);
    boxLayout->addWidget(m_assignments);
    boxLayout->addWidget(new QLabel(tr("Uppdrag läggs till och ändras under fliken Uppdrag."), box));
    extraLayout()->addWidget(box);

    showPerson(0);
}

void PersonEditor::loadChoices()
{
    if (!m_choicesStale || !session().hasRegister())
        return;
    m_choicesStale = false;
    m_unit->load(session().reg(), {}, tr("(ingen enhet)"));
}

void PersonEditor::showPerson(qint64 id)
{
    m_person = read<Person>(id, m_creating);
    if (m_person) {
        loadChoices();
        fill(*m_person);
    } else {
        fill(Person());
        m_heading->setText(tr("Ingen person vald"));
    }
    setFieldsEnabled(m_person.has_value());
    loadAssignments();
}

void PersonEditor::startNew(qint64 unitId)
{
    if (!beginNew(m_person, m_creating))
        return;
    loadChoices();
    Person blank;
    blank.unitId = unitId;
    fill(blank);
    m_heading->setText(tr("Ny person"));
    setFieldsEnabled(true);
    loadAssignments();
    m_name->setFocus(Qt::OtherFocusReason);
}

void PersonEditor::fill(const Person& person)
{
    m_heading->setText(person.name);
    m_name->setText(person.name);
    m_title->setText(person.title);
    m_phone->setText(person.phone);
    m_email->setText(person.email);
    m_unit->setUnitId(person.unitId);
}

void PersonEditor::loadAssignments()
{
    m_assignments->clear();
    if (!m_person || !session().hasRegister())
        return;
    for (const AssignmentRow& row : session().reg().assignments().ofPerson(m_person->id)) {
        const Assignment& a = row.assignment;
        auto* item = new QTreeWidgetItem(
            m_assignments, {row.roleName, row.unitName, Formatting::date(a.startDate),
                            a.endDate.isValid() ? Formatting::date(a.endDate) : tr("tills vidare"),
                            tr("%1 %").arg(a.ftePercent)});
        if (!a.isActiveOn(QDate::currentDate()))
            item->setToolTip(0, tr("Inte aktivt i dag"));
    }
}

void PersonEditor::applyChanges()
{
    if (!session().hasRegister() || (!m_person && !m_creating))
        return;
    Person after = m_person.value_or(Person());
    after.name = m_name->text().trimmed();
    after.title = m_title->text().trimmed();
    after.phone = m_phone->text().trimmed();
    after.email = m_email->text().trimmed();
    after.unitId = m_unit->unitId();
    commit(m_person, m_creating, after, tr("Lägg till %1").arg(after.name),
           m_person ? tr("Ändra %1").arg(m_person->name) : QString(), [this](qint64 id) {
               showPerson(id);
               Q_EMIT personCreated(id);
           });
}

void PersonEditor::revertChanges()
{
    showPerson(m_creating ? 0 : personId());
}

} // namespace sakra::gui
