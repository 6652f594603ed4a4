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
    QString noneText() const override { return tr("Ingen bedömning vald"); }
    QString newText(const ThreatAssessment&) const override { return tr("Ny hotbildsbedömning"); }
    // The undo history names the date only: the text of a command is shown in the Edit menu.
    QString createText(const ThreatAssessment& after) const override
    {
        return tr("Lägg till %1").arg(tr("hotbildsbedömning %1").arg(date(after)));
    }
    QString updateText(const ThreatAssessment&, const ThreatAssessment& after) const override
    {
        return tr("Ändra %1").arg(tr("hotbildsbedömning %1").arg(date(after)));
    }
    RemovalTexts removalTexts(const ThreatAssessment& t) const override
    {
        return {tr("Ta bort hotbildsbedömning"),
                tr("Ta bort hotbildsbedömningen från %1? Det går att ångra.").arg(date(t)),
                tr("Ta bort hotbildsbedömning %1").arg(date(t))};
    }
    ThreatAssessment blank(qint64 unitId) const override;
    void loadChoices() override { m_unit->load(session().reg()); }
    bool readRest(ThreatAssessment& t) override;
    void shown() override { updateClosedField(); }

private:
    static QString date(const ThreatAssessment& t);
    void updateClosedField();

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
