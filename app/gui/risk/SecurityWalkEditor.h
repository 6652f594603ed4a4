#pragma once

#include "risk/SecurityWalk.h"
#include "widgets/EntityForm.h"

class QGroupBox;

namespace sakra::gui {

class WalkFindingsPanel;

// One security walk (site, date, participants, note) and what it found.
class SecurityWalkEditor : public EntityForm<SecurityWalk>
{
    Q_OBJECT

public:
    explicit SecurityWalkEditor(RegisterSession& session, QWidget* parent = nullptr);

    WalkFindingsPanel* findings() const { return m_findings; }

Q_SIGNALS:
    void riskActivated(qint64 riskId);

protected:
    QString headingOf(const SecurityWalk& walk) const override;
    QString nameOf(const SecurityWalk& walk) const override;
    void loadChoices() override;
    void shown() override;

private:
    QString siteName(qint64 siteId) const;

    QComboBox* m_site = nullptr;
    QGroupBox* m_findingsBox;
    WalkFindingsPanel* m_findings;
};

} // namespace sakra::gui
