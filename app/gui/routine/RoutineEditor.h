#pragma once

#include "incident/RecordEditor.h"
#include "routine/Routine.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace sakra::gui {

class OptionalDateEdit;
class PersonPicker;
class RoutineUnitsPanel;

// One routine, plan or checklist: title, kind, whether it is written down, when adopted, who owns
// it, how often it is reviewed and when it was last (the next review worked out and overdue said
// in words), whether the staff know it and when it was last gone through at a workplace meeting,
// and where the document is; the units it covers below.
class RoutineEditor : public RecordEditor
{
    Q_OBJECT

public:
    explicit RoutineEditor(RegisterSession& session, QWidget* parent = nullptr);

    void showRecord(qint64 id) override;
    void startNew(qint64 unitId) override;
    qint64 recordId() const override { return m_routine ? m_routine->id : 0; }
    RoutineUnitsPanel* unitsPanel() const { return m_units; }

protected:
    void applyChanges() override;
    void revertChanges() override;

private:
    void fill(const Routine& routine);
    std::optional<Routine> edited();
    void updateNextReview();

    std::optional<Routine> m_routine;
    QLineEdit* m_title;
    QComboBox* m_kind;
    QCheckBox* m_documented;
    OptionalDateEdit* m_adopted;
    PersonPicker* m_owner;
    QSpinBox* m_reviewMonths;
    OptionalDateEdit* m_lastReview;
    QLabel* m_nextReview;
    QComboBox* m_known;
    OptionalDateEdit* m_briefed;
    QLineEdit* m_link;
    QPlainTextEdit* m_note;
    RoutineUnitsPanel* m_units;
};

} // namespace sakra::gui
