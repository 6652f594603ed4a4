#pragma once

#include "risk/ThreatAssessment.h"
#include "widgets/EntityForm.h"

namespace sakra::gui {

// A threat assessment of one case: unit, date, whom it concerns (as little as needed), what
// happened, the threat level, measures, who handles it and whether it is closed.
class ThreatAssessmentEditor : public EntityForm<ThreatAssessment>
{
    Q_OBJECT

public:
    explicit ThreatAssessmentEditor(RegisterSession& session, QWidget* parent = nullptr);

protected:
    QString headingOf(const ThreatAssessment& t) const override
    {
        return tr("Hotbildsbedömning %1").arg(date(t));
    }
    // The undo history names the date only: the text of a command is shown in the Edit menu.
    QString nameOf(const ThreatAssessment& x) const override { return date(x); }
    void loadChoices() override { m_unit->load(session().reg()); }
    void shown() override { updateClosedField(); }

private:
    static QString date(const ThreatAssessment& t);
    void updateClosedField();

    UnitComboBox* m_unit;
    QComboBox* m_status;
    QDateEdit* m_closedOn;
};

} // namespace sakra::gui
