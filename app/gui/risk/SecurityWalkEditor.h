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
    QString noneText() const override { return tr("Ingen säkerhetsvandring vald"); }
    QString newText(const SecurityWalk&) const override { return tr("Ny säkerhetsvandring"); }
    QString createText(const SecurityWalk& after) const override
    {
        return tr("Lägg till %1").arg(name(after));
    }
    QString updateText(const SecurityWalk&, const SecurityWalk& after) const override
    {
        return tr("Ändra %1").arg(name(after));
    }
    RemovalTexts removalTexts(const SecurityWalk& walk) const override;
    SecurityWalk blank(qint64) const override;
    void loadChoices() override;
    void shown() override;

private:
    QString name(const SecurityWalk& walk) const;
    QString siteName(qint64 siteId) const;

    QComboBox* m_site;
    QDateEdit* m_walkedOn;
    QPlainTextEdit* m_participants;
    QPlainTextEdit* m_note;
    QGroupBox* m_findingsBox;
    WalkFindingsPanel* m_findings;
};

} // namespace sakra::gui
