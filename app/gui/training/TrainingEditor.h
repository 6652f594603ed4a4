#pragma once

#include "incident/RecordEditor.h"
#include "training/Training.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace sakra::gui {

class UnitComboBox;

// One training session or exercise: what kind, at which unit, when, how many of how many took
// part, how often it recurs and, from that, when the next one is due (overdue said in words).
class TrainingEditor : public RecordEditor
{
    Q_OBJECT

public:
    explicit TrainingEditor(RegisterSession& session, QWidget* parent = nullptr);

    void showRecord(qint64 id) override;
    void startNew(qint64 unitId) override;
    qint64 recordId() const override { return m_training ? m_training->id : 0; }

protected:
    void applyChanges() override;
    void revertChanges() override;

private:
    void fill(const Training& training);
    std::optional<Training> edited();
    void updateNextDue();

    std::optional<Training> m_training;
    QComboBox* m_kind;
    QLineEdit* m_title;
    UnitComboBox* m_unit;
    QDateEdit* m_date;
    QSpinBox* m_participants;
    QSpinBox* m_targetGroup;
    QSpinBox* m_recurrence;
    QLabel* m_nextDue;
    QPlainTextEdit* m_note;
};

} // namespace sakra::gui
