#include "PersonEditor.h"

#include "Register.h"
#include "widgets/Formatting.h"
#include "widgets/Named.h"
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
    : EntityForm(session, QStringLiteral("person"), parent),
      m_assignments(named<QTreeWidget>(this, "personAssignmentsView"))
{
    setObjectName(QStringLiteral("personEditor"));
    setWords({tr("Ingen person vald"), tr("Ny person"), tr("Lägg till %1"), tr("Ändra %1"),
              tr("Ta bort person"), tr("Ta bort %1 ur registret? Det går att ångra."), tr("Ta bort %1")});
    field<QLineEdit>(tr("&Namn:"), "NameEdit", QStringLiteral("name"), &Person::name);
    field<QLineEdit>(tr("&Titel:"), "TitleEdit", QStringLiteral("title"), &Person::title);
    field<QLineEdit>(tr("Tele&fon:"), "PhoneEdit", QStringLiteral("phone"), &Person::phone)
        ->setPlaceholderText(tr("t.ex. 013-20 50 00"));
    field<QLineEdit>(tr("&E-post:"), "EmailEdit", QStringLiteral("email"), &Person::email)
        ->setPlaceholderText(tr("namn@kommun.se"));
    m_unit = field<UnitComboBox>(tr("E&nhet:"), "UnitCombo", QStringLiteral("unit_id"), &Person::unitId);
    m_unit->setDeferred(true);

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

    setNewRows(&Person::unitId);
    showRecord(0);
}

void PersonEditor::shown()
{
    m_assignments->clear();
    if (!item() || !session().hasRegister())
        return;
    for (const AssignmentRow& row : session().reg().assignments().ofPerson(item()->id)) {
        const Assignment& a = row.assignment;
        auto* item = new QTreeWidgetItem(
            m_assignments, {row.roleName, row.unitName, Formatting::date(a.startDate),
                            a.endDate.isValid() ? Formatting::date(a.endDate) : tr("tills vidare"),
                            tr("%1 %").arg(a.ftePercent)});
        if (!a.isActiveOn(QDate::currentDate()))
            item->setToolTip(0, tr("Inte aktivt i dag"));
    }
}

} // namespace sakra::gui
