#pragma once

#include "organisation/Assignment.h"
#include "widgets/EntityEditor.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;

namespace sakra::gui {

class PersonPicker;
class UnitComboBox;

// Who holds which security role at which unit, from when to when and at what share of full time.
class AssignmentEditor : public EntityEditor
{
    Q_OBJECT

public:
    explicit AssignmentEditor(RegisterSession& session, QWidget* parent = nullptr);

    void showAssignment(qint64 id);
    void startNew(qint64 unitId);
    qint64 assignmentId() const { return m_assignment ? m_assignment->id : 0; }
    void unitsChanged() { m_choicesStale = true; }

Q_SIGNALS:
    void assignmentCreated(qint64 id);

protected:
    void applyChanges() override;
    void revertChanges() override;

private:
    void loadChoices();
    void fill(const Assignment& assignment);

    std::optional<Assignment> m_assignment;
    bool m_creating = false;
    bool m_choicesStale = true;
    QLabel* m_heading;
    PersonPicker* m_person;
    QComboBox* m_role;
    UnitComboBox* m_unit;
    QDateEdit* m_start;
    QCheckBox* m_hasEnd;
    QDateEdit* m_end;
    QSpinBox* m_share;
};

} // namespace sakra::gui
