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
    void loadChoices() override { m_unit->load(session().reg(), {}, tr("(ingen enhet)")); }
    void shown() override;

private:
    UnitComboBox* m_unit = nullptr;
    QTreeWidget* m_assignments;
};

} // namespace sakra::gui
