#pragma once

#include "organisation/Person.h"
#include "widgets/EntityForm.h"

class QTreeWidget;

namespace sakra::gui {

// A person's name, title, contact details and unit, and the assignments they hold.
class PersonEditor : public EntityForm<Person>
{
    Q_OBJECT

public:
    explicit PersonEditor(RegisterSession& session, QWidget* parent = nullptr);

protected:
    QString headingOf(const Person& p) const override { return p.name; }
    QString noneText() const override { return tr("Ingen person vald"); }
    QString newText(const Person&) const override { return tr("Ny person"); }
    QString createText(const Person& after) const override { return tr("Lägg till %1").arg(after.name); }
    QString updateText(const Person& before, const Person&) const override
    {
        return tr("Ändra %1").arg(before.name);
    }
    RemovalTexts removalTexts(const Person& p) const override
    {
        return {tr("Ta bort person"), tr("Ta bort %1 ur registret? Det går att ångra.").arg(p.name),
                tr("Ta bort %1").arg(p.name)};
    }
    Person blank(qint64 unitId) const override
    {
        Person p;
        p.unitId = unitId;
        return p;
    }
    void loadChoices() override { m_unit->load(session().reg(), {}, tr("(ingen enhet)")); }
    void shown() override;

private:
    QLineEdit* m_name;
    QLineEdit* m_title;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    UnitComboBox* m_unit;
    QTreeWidget* m_assignments;
};

} // namespace sakra::gui
