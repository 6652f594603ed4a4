#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace sakra::gui {

class RegisterSession;

// The risks and actions an incident led to, each list with buttons to link another (chosen by
// searching) and to let a link go. Every change is an undoable command.
class IncidentLinksPanel : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentLinksPanel(RegisterSession& session, QWidget* parent = nullptr);

    // 0: no incident (a new one has no links yet).
    void setIncidentId(qint64 id);
    qint64 incidentId() const { return m_incidentId; }
    QListWidget* riskList() const { return m_risks; }
    QListWidget* actionList() const { return m_actions; }

    // Links without a dialog (tests, scripts); false with a message shown when refused.
    bool linkRisk(qint64 riskId);
    bool linkAction(qint64 actionId);

private:
    void reload();
    void chooseRisk();
    void chooseAction();
    void unlinkRisk();
    void unlinkAction();
    void updateButtons();

    RegisterSession& m_session;
    qint64 m_incidentId = 0;
    QListWidget* m_risks;
    QListWidget* m_actions;
    QPushButton* m_addRisk;
    QPushButton* m_removeRisk;
    QPushButton* m_addAction;
    QPushButton* m_removeAction;
};

} // namespace sakra::gui
