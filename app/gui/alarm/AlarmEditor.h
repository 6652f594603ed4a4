#pragma once

#include "alarm/AlarmEquipment.h"
#include "widgets/EntityForm.h"

namespace sakra::gui {

// One installation of alarm equipment: what kind, at which unit or site, how many devices, who
// receives the alarms, when it was last tested or serviced and how often it must be; the next
// test worked out, overdue said in words.
class AlarmEditor : public EntityForm<AlarmEquipment>
{
    Q_OBJECT

public:
    explicit AlarmEditor(RegisterSession& session, QWidget* parent = nullptr);

protected:
    QString headingOf(const AlarmEquipment& e) const override;
    QString nameOf(const AlarmEquipment& x) const override { return what(x); }
    QString historyTitle(const AlarmEquipment& e) const override
    {
        return AlarmEquipment::kKinds.label(e.kind);
    }
    void loadChoices() override { m_unit->load(session().reg(), {}, tr("(ingen enhet, bara lokalen)")); }
    void filled(const AlarmEquipment&) override { updateNextTest(); }

private:
    static QString what(const AlarmEquipment& e) { return AlarmEquipment::kKinds.label(e.kind).toLower(); }
    void updateNextTest();

    UnitComboBox* m_unit = nullptr;
    QComboBox* m_site = nullptr;
    OptionalDateEdit* m_lastTested = nullptr;
    QCheckBox* m_lastTestUnknown = nullptr;
    QSpinBox* m_interval = nullptr;
    QLabel* m_nextTest = nullptr;
};

} // namespace sakra::gui
