#pragma once

#include "RecordEditor.h"
#include "incident/Incident.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimeEdit;

namespace sakra::gui {

class IncidentLinksPanel;
class OptionalDateEdit;
class UnitComboBox;

// One incident: when and where, who was targeted, what kind and through which channel, how
// serious, what happened (without names), the perpetrator's relation, a suspected link to
// organised crime, the incident-system reference, the police report, the report of a serious
// incident to the Work Environment Authority with its deadline, the support offered and the
// follow-up; the risks and actions it led to below. Also the form for a new incident.
class IncidentEditor : public RecordEditor
{
    Q_OBJECT

public:
    explicit IncidentEditor(RegisterSession& session, QWidget* parent = nullptr);

    void showRecord(qint64 id) override;
    void startNew(qint64 unitId) override;
    qint64 recordId() const override { return m_incident ? m_incident->id : 0; }
    IncidentLinksPanel* linksPanel() const { return m_links; }

protected:
    void applyChanges() override;
    void revertChanges() override;

private:
    void loadChoices();
    void loadSites(qint64 keepSiteId);
    void fill(const Incident& incident);
    std::optional<Incident> edited();
    void updateAuthorityInfo();
    void updateEnabled();

    std::optional<Incident> m_incident;

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
