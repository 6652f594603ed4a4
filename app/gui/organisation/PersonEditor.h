#pragma once

#include "organisation/Person.h"
#include "widgets/EntityEditor.h"

#include <optional>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace sakra::gui {

class UnitComboBox;

// One person's contact details and unit, with the assignments the person holds.
class PersonEditor : public EntityEditor
{
    Q_OBJECT

public:
    explicit PersonEditor(RegisterSession& session, QWidget* parent = nullptr);

    void showPerson(qint64 id);
    void startNew(qint64 unitId);
    qint64 personId() const { return m_person ? m_person->id : 0; }
    // The list of units changed: read it again when next needed.
    void unitsChanged() { m_choicesStale = true; }

Q_SIGNALS:
    void personCreated(qint64 id);

protected:
    void applyChanges() override;
    void revertChanges() override;

private:
    void loadChoices();
    void fill(const Person& person);
    void loadAssignments();

    std::optional<Person> m_person;
    bool m_creating = false;
    bool m_choicesStale = true;
    QLabel* m_heading;
    QLineEdit* m_name;
    QLineEdit* m_title;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    UnitComboBox* m_unit;
    QTreeWidget* m_assignments;
};

} // namespace sakra::gui
