#pragma once

#include "RegisterCommand.h"
#include "action/Action.h"

namespace sakra::gui {

// A new action that treats a risk: creates the action and its link to the risk, both or
// neither. Undo removes the action, which takes the link with it as a tombstone; redo restores
// the same action and link, so their UUIDs and history survive.
class CreateActionForRiskCommand : public RegisterCommand
{
public:
    CreateActionForRiskCommand(RegisterSession& session, qint64 riskId, const Action& action,
                               const QString& text);

    // The new action's id once the command has run.
    qint64 actionId() const { return m_actionId; }
    qint64 riskId() const { return m_riskId; }

protected:
    void apply(bool firstTime) override;
    void revert() override;

private:
    qint64 m_riskId;
    Action m_action;
    qint64 m_actionId = 0;
};

} // namespace sakra::gui
