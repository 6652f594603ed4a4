#pragma once

#include "incident/Incident.h"
#include "widgets/EntityForm.h"

#include <optional>

class QTimeEdit;
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
    void loadSites(qint64 keepSiteId);
    void updateAuthorityInfo();
    void updateEnabled();

    QDateEdit* m_date;
    QCheckBox* m_timeKnown;
    QTimeEdit* m_time;
    UnitComboBox* m_unit;
    QComboBox* m_site;
    QComboBox* m_target;
    QComboBox* m_kind;
    QComboBox* m_channel;
    QComboBox* m_severity;
    QPlainTextEdit* m_description;
    QComboBox* m_perpetrator;
    QCheckBox* m_organisedCrime;
    QLineEdit* m_systemRef;
    QCheckBox* m_policeReported;
    OptionalDateEdit* m_policeDate;
    QCheckBox* m_serious;
    QLabel* m_deadline;
    OptionalDateEdit* m_authorityDate;
    QCheckBox* m_supportManager;
    QCheckBox* m_supportHealth;
    QCheckBox* m_supportCrisis;
    QComboBox* m_followUp;
    OptionalDateEdit* m_closedDate;
    IncidentLinksPanel* m_links;
};

} // namespace sakra::gui
