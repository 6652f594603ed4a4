#pragma once

#include "organisation/Assignment.h"
#include "widgets/EntityForm.h"

namespace sakra::gui {

// Who holds which role of the security organisation at which unit, from when until when and
// for how much of their time.
class AssignmentEditor : public EntityForm<Assignment>
{
    Q_OBJECT

public:
    explicit AssignmentEditor(RegisterSession& session, QWidget* parent = nullptr);

protected:
    QString headingOf(const Assignment& a) const override { return personName(a.personId); }
    QString nameOf(const Assignment& a) const override { return historyTitle(a); }
    QString historyTitle(const Assignment& a) const override;
    void loadChoices() override;
    void shown() override { m_end->setEnabled((item() || isCreating()) && m_hasEnd->isChecked()); }

private:
    PersonPicker* m_person;
    QComboBox* m_role;
    UnitComboBox* m_unit;
    QDateEdit* m_start;
    QCheckBox* m_hasEnd;
    QDateEdit* m_end;
    QSpinBox* m_share;
};

} // namespace sakra::gui
