#pragma once

#include "training/Training.h"
#include "widgets/EntityForm.h"
#include "widgets/Formatting.h"

namespace sakra::gui {

// One training session or exercise: what kind, at which unit, when, how many of how many took
// part, how often it recurs and, from that, when the next one is due (overdue said in words).
class TrainingEditor : public EntityForm<Training>
{
    Q_OBJECT

public:
    explicit TrainingEditor(RegisterSession& session, QWidget* parent = nullptr);

protected:
    QString headingOf(const Training& t) const override
    {
        return tr("%1 %2").arg(t.displayTitle(), Formatting::date(t.heldOn));
    }
    Training blank(qint64 context) const override;
    void loadChoices() override { m_unit->load(session().reg()); }
    void filled(const Training&) override { updateNextDue(); }

private:
    void updateNextDue();

    UnitComboBox* m_unit = nullptr;
    QDateEdit* m_date = nullptr;
    QSpinBox* m_recurrence = nullptr;
    QLabel* m_nextDue = nullptr;
};

} // namespace sakra::gui
