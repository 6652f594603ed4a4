#pragma once

#include "risk/SecurityWalk.h"
#include "widgets/EntityEditor.h"

#include <optional>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QPlainTextEdit;

namespace sakra::gui {

class WalkFindingsPanel;

// One security walk (site, date, participants, note) and what it found.
class SecurityWalkEditor : public EntityEditor
{
    Q_OBJECT

public:
    explicit SecurityWalkEditor(RegisterSession& session, QWidget* parent = nullptr);

    void showWalk(qint64 id);
    void startNew();
    qint64 walkId() const { return m_walk ? m_walk->id : 0; }
    void sitesChanged() { m_choicesStale = true; }
    WalkFindingsPanel* findings() const { return m_findings; }

Q_SIGNALS:
    void walkCreated(qint64 id);
    void riskActivated(qint64 riskId);

protected:
    void applyChanges() override;
    void revertChanges() override;

private:
    void loadChoices();
    void fill(const SecurityWalk& walk);

    std::optional<SecurityWalk> m_walk;
    bool m_creating = false;
    bool m_choicesStale = true;
    QLabel* m_heading;
    QComboBox* m_site;
    QDateEdit* m_walkedOn;
    QPlainTextEdit* m_participants;
    QPlainTextEdit* m_note;
    QGroupBox* m_findingsBox;
    WalkFindingsPanel* m_findings;
};

} // namespace sakra::gui
