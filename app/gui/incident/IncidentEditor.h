#pragma once

#include "incident/Incident.h"
#include "widgets/EntityForm.h"

#include <optional>

class QTimeEdit;

namespace sakra::gui {

class IncidentLinksPanel;

// One incident: when and where, who was targeted, what kind and through which channel, how
// serious, what happened (without names), the perpetrator's relation, a suspected link to
// organised crime, the incident-system reference, the police report, the report of a serious
// incident to the Work Environment Authority with its deadline, the support offered and the
// follow-up; the risks and actions it led to below. Also the form for a new incident.
class IncidentEditor : public EntityForm<Incident>
{
    Q_OBJECT

public:
    explicit IncidentEditor(RegisterSession& session, QWidget* parent = nullptr);

    IncidentLinksPanel* linksPanel() const { return m_links; }

protected:
    QString headingOf(const Incident& i) const override;
    QString nameOf(const Incident& x) const override { return what(x); }
    QString historyTitle(const Incident& i) const override;
    void loadChoices() override { m_unit->load(session().reg()); }
    void filled(const Incident&) override { updateAuthorityInfo(); }
    void shown() override;

private:
    static QString what(const Incident& i);
    void updateAuthorityInfo();
    void updateEnabled();

    QDateEdit* m_date = nullptr;
    QCheckBox* m_timeKnown = nullptr;
    QTimeEdit* m_time = nullptr;
    UnitComboBox* m_unit = nullptr;
    QCheckBox* m_policeReported = nullptr;
    OptionalDateEdit* m_policeDate = nullptr;
    QCheckBox* m_serious = nullptr;
    QLabel* m_deadline = nullptr;
    OptionalDateEdit* m_authorityDate = nullptr;
    QComboBox* m_followUp = nullptr;
    OptionalDateEdit* m_closedDate = nullptr;
    IncidentLinksPanel* m_links;
};

} // namespace sakra::gui
