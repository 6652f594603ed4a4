#pragma once

#include "routine/Routine.h"
#include "widgets/EntityForm.h"

namespace sakra::gui {

class RoutineUnitsPanel;

// One routine, plan or checklist: title, kind, whether it is written down, when adopted, who owns
// it, how often it is reviewed and when it was last (the next review worked out and overdue said
// in words), whether the staff know it and when it was last gone through at a workplace meeting,
// and where the document is; the units it covers below.
class RoutineEditor : public EntityForm<Routine>
{
    Q_OBJECT

public:
    explicit RoutineEditor(RegisterSession& session, QWidget* parent = nullptr);

    RoutineUnitsPanel* unitsPanel() const { return m_units; }

protected:
    QString headingOf(const Routine& r) const override { return r.title; }
    // A routine is the municipality's; the units it covers are linked once it is saved.
    Routine blank(qint64 context) const override;
    void filled(const Routine&) override { updateNextReview(); }
    void shown() override;

private:
    void updateNextReview();

    OptionalDateEdit* m_adopted = nullptr;
    QSpinBox* m_reviewMonths = nullptr;
    OptionalDateEdit* m_lastReview = nullptr;
    QLabel* m_nextReview = nullptr;
    RoutineUnitsPanel* m_units;
};

} // namespace sakra::gui
