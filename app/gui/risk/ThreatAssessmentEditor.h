#pragma once

#include "risk/ThreatAssessment.h"
#include "widgets/EntityEditor.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sakra::gui {

class PersonPicker;
class UnitComboBox;

// One threat assessment: whom it concerns, what is known, the threat level, the measures and
// who handles it; shown only in the restricted view.
class ThreatAssessmentEditor : public EntityEditor
{
    Q_OBJECT

public:
    explicit ThreatAssessmentEditor(RegisterSession& session, QWidget* parent = nullptr);

    void showAssessment(qint64 id);
    void startNew(qint64 unitId);
    qint64 assessmentId() const { return m_assessment ? m_assessment->id : 0; }

Q_SIGNALS:
    void assessmentCreated(qint64 id);

protected:
    void applyChanges() override;
    void revertChanges() override;

private:
    void loadChoices();
    void fill(const ThreatAssessment& assessment);
    void updateClosedField();

    std::optional<ThreatAssessment> m_assessment;
    bool m_creating = false;
    bool m_choicesLoaded = false;
    QLabel* m_heading;
    UnitComboBox* m_unit;
    QDateEdit* m_assessedOn;
    QLineEdit* m_subject;
    QPlainTextEdit* m_description;
    QComboBox* m_level;
    QPlainTextEdit* m_measures;
    PersonPicker* m_handledBy;
    QComboBox* m_status;
    QDateEdit* m_closedOn;
};

} // namespace sakra::gui
