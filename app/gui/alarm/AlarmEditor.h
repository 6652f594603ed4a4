#pragma once

#include "alarm/AlarmEquipment.h"
#include "incident/RecordEditor.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace sakra::gui {

class OptionalDateEdit;
class UnitComboBox;

// One installation of alarm equipment: what kind, at which unit or site, how many devices, who
// receives the alarms, when it was last tested or serviced and how often it must be; the next
// test worked out, overdue said in words.
class AlarmEditor : public RecordEditor
{
    Q_OBJECT

public:
    explicit AlarmEditor(RegisterSession& session, QWidget* parent = nullptr);

    void showRecord(qint64 id) override;
    void startNew(qint64 unitId) override;
    qint64 recordId() const override { return m_equipment ? m_equipment->id : 0; }

protected:
    void applyChanges() override;
    void revertChanges() override;

private:
    void loadSites(qint64 keepSiteId);
    void fill(const AlarmEquipment& equipment);
    std::optional<AlarmEquipment> edited();
    void updateNextTest();

    std::optional<AlarmEquipment> m_equipment;
    QComboBox* m_kind;
    UnitComboBox* m_unit;
    QComboBox* m_site;
    QSpinBox* m_devices;
    QLineEdit* m_receiver;
    OptionalDateEdit* m_lastTested;
    QSpinBox* m_interval;
    QLabel* m_nextTest;
    QPlainTextEdit* m_note;
};

} // namespace sakra::gui
