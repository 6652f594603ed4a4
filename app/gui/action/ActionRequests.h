#pragma once

#include <QObject>

namespace sakra::gui {

class RegisterSession;
struct CommandFailure;

// How other areas reach the action plan without knowing its widgets. The risk editor, for one,
// asks here for a new action treating a risk or for the actions that treat it; the action area
// listens and brings the answer on screen. There is one per session:
//
//     ActionRequests::of(session).createActionForRisk(riskId);
//     ActionRequests::of(session).showActionsForRisk(riskId);
class ActionRequests : public QObject
{
    Q_OBJECT

public:
    static ActionRequests& of(RegisterSession& session);

    // Creates an action treating the risk: titled after it, at the risk's unit and site, the
    // risk's owner responsible, planned from today, linked to the risk. One undoable command.
    // Returns the new action's id, or 0 when refused (failure says why). The action area then
    // shows the new action in its editor.
    qint64 createActionForRisk(qint64 riskId, CommandFailure* failure = nullptr);
    // The action list filtered to the actions treating the risk.
    void showActionsForRisk(qint64 riskId);
    // One action in the editor.
    void showAction(qint64 actionId);

Q_SIGNALS:
    void actionCreatedForRisk(qint64 actionId, qint64 riskId);
    void riskActionsRequested(qint64 riskId);
    void actionRequested(qint64 actionId);

private:
    explicit ActionRequests(RegisterSession& session);

    RegisterSession& m_session;
};

} // namespace sakra::gui
