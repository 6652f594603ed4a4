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

private:
    QComboBox* m_role = nullptr;
    UnitComboBox* m_unit = nullptr;
};

} // namespace sakra::gui
