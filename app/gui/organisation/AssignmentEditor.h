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
    QString noneText() const override { return tr("Inget uppdrag valt"); }
    QString newText(const Assignment&) const override { return tr("Nytt uppdrag"); }
    QString createText(const Assignment& after) const override
    {
        return tr("Nytt uppdrag för %1").arg(personName(after.personId));
    }
    QString updateText(const Assignment&, const Assignment& after) const override
    {
        return tr("Ändra uppdrag för %1").arg(personName(after.personId));
    }
    QString historyTitle(const Assignment& a) const override;
    RemovalTexts removalTexts(const Assignment& a) const override;
    Assignment blank(qint64 unitId) const override;
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
